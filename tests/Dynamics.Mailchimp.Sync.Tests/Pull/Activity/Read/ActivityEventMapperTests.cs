using System.Globalization;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;
using Dynamics.Mailchimp.MailchimpApi.Models.Reports;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Pull.Activity.Read;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Activity.Read;

/// <summary>
/// Email activity items as documented (https://mailchimp.com/developer/marketing/api/email-activity-reports/list-email-activity/:
/// action open, click or bounce, <c>type</c> hard or soft for bounces, <c>url</c> for clicks, <c>timestamp</c>).
/// </summary>
public sealed class ActivityEventMapperTests
{
    private const string Ada = "ada.lovelace@brightfield-labs.com";
    private static readonly DateTimeOffset Sent = At("2026-11-20T09:00:00Z");
    private static readonly Campaign Campaign = new() { Id = "c1", SendTime = Sent };
    private static readonly ActivityWindow FirstImport = new(null, At("2026-11-01T00:00:00Z"));

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static EmailActivity Recipient(params ActivityEvent[] events) =>
        new() { EmailId = SubscriberHash.Compute(Ada), EmailAddress = Ada, Activity = events };

    [Fact]
    public void FromEmailActivity_FirstImport_AddsSentAtTheSendTime()
    {
        // Act
        var events = ActivityEventMapper.FromEmailActivity(Campaign, Recipient(), FirstImport).ToList();

        // Assert
        var sent = Assert.Single(events);
        Assert.Equal((ActivityAction.Sent, Sent, SubscriberHash.Compute(Ada)), (sent.Action, sent.OccurredOn, sent.MemberId));
    }

    [Fact]
    public void FromEmailActivity_LaterImport_AddsNoSent()
    {
        // Act
        var events = ActivityEventMapper.FromEmailActivity(Campaign, Recipient(), new ActivityWindow(Sent, FirstImport.Cutoff)).ToList();

        // Assert
        Assert.Empty(events);
    }

    [Fact]
    public void FromEmailActivity_EachAction_MapsWithUrlAndBounceType()
    {
        // Arrange
        var recipient = Recipient(
            new ActivityEvent { Action = "open", Timestamp = At("2026-11-20T10:00:00.700Z") },
            new ActivityEvent { Action = "click", Timestamp = At("2026-11-20T10:01:00Z"), Url = "https://brightfield-labs.com/a" },
            new ActivityEvent { Action = "bounce", Type = "hard", Timestamp = At("2026-11-20T10:02:00Z") },
            new ActivityEvent { Action = "bounce", Type = "soft", Timestamp = At("2026-11-20T10:03:00Z") },
            new ActivityEvent { Action = "forward", Timestamp = At("2026-11-20T10:04:00Z") },
            new ActivityEvent { Action = "open", Timestamp = null });

        // Act
        var events = ActivityEventMapper.FromEmailActivity(Campaign, recipient, new ActivityWindow(Sent, FirstImport.Cutoff)).ToList();

        // Assert: unknown actions and events without a time are left out; times are whole seconds.
        Assert.Equal([ActivityAction.Open, ActivityAction.Click, ActivityAction.HardBounce, ActivityAction.SoftBounce], events.Select(e => e.Action));
        Assert.Equal(At("2026-11-20T10:00:00Z"), events[0].OccurredOn);
        Assert.Equal("https://brightfield-labs.com/a", events[1].Url);
        Assert.Null(events[0].Url);
    }

    [Fact]
    public void FromEmailActivity_EventAtOrBeforeSince_IsLeftOut()
    {
        // Arrange
        var since = At("2026-11-20T10:00:00Z");
        var recipient = Recipient(new ActivityEvent { Action = "open", Timestamp = since }, new ActivityEvent { Action = "open", Timestamp = since.AddSeconds(1) });

        // Act
        var events = ActivityEventMapper.FromEmailActivity(Campaign, recipient, new ActivityWindow(since, FirstImport.Cutoff)).ToList();

        // Assert
        Assert.Equal(since.AddSeconds(1), Assert.Single(events).OccurredOn);
    }

    [Fact]
    public void FromUnsubscribe_WithReason_KeepsItAndComputesAMissingMemberId()
    {
        // Arrange
        var unsubscribe = new Unsubscribe { EmailAddress = "Ada.Lovelace@Brightfield-Labs.com", Timestamp = At("2026-11-21T08:00:00Z"), Reason = "Too many emails" };

        // Act
        var emailEvent = ActivityEventMapper.FromUnsubscribe(Campaign, unsubscribe, FirstImport);

        // Assert
        Assert.NotNull(emailEvent);
        Assert.Equal((ActivityAction.Unsubscribe, "Too many emails", SubscriberHash.Compute(Ada)), (emailEvent.Action, emailEvent.Detail, emailEvent.MemberId));
    }

    [Fact]
    public void FromUnsubscribe_BeforeTheRetentionLimit_IsNull()
    {
        // Arrange
        var unsubscribe = new Unsubscribe { EmailAddress = Ada, Timestamp = At("2026-10-01T08:00:00Z") };

        // Act
        var emailEvent = ActivityEventMapper.FromUnsubscribe(Campaign, unsubscribe, FirstImport);

        // Assert
        Assert.Null(emailEvent);
    }
}
