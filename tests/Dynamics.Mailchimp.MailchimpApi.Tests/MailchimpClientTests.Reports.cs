using Dynamics.Mailchimp.MailchimpApi.Models.Reports;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests;

public sealed partial class MailchimpClientTests
{
    [Fact(DisplayName = "GetSentCampaignsAsync_Since_SendsStatusSentAndSinceSendTime (mailchimp.com/developer/marketing/api/campaigns/list-campaigns/)")]
    public async Task GetSentCampaignsAsync_Since_SendsStatusSentAndSinceSendTime()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json(
            """{"campaigns":[{"id":"C1","status":"sent","send_time":"2024-06-01T08:00:00+00:00","recipients":{"list_id":"L1"}},{"id":"C2","status":"sent","send_time":""}],"total_items":2}"""));
        var sut = CreateSut(handler);

        // Act
        var campaigns = await sut.GetSentCampaignsAsync(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), "L1", CancellationToken.None)
            .ToListAsync(CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal("campaigns", request.Path);
        Assert.Equal("sent", request.Query["status"]);
        Assert.Equal("2024-06-01T00:00:00+00:00", request.Query["since_send_time"]);
        Assert.Equal("L1", request.Query["list_id"]);
        Assert.Equal("L1", campaigns[0].Recipients?.ListId);
        Assert.Null(campaigns[1].SendTime);
    }

    [Fact(DisplayName = "GetEmailActivityAsync_Since_ReadsOpensClicksAndBounces (mailchimp.com/developer/marketing/api/email-activity-reports/)")]
    public async Task GetEmailActivityAsync_Since_ReadsOpensClicksAndBounces()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json(
            """{"emails":[{"campaign_id":"C1","list_id":"L1","email_id":"h1","email_address":"a@brightfield-labs.com","activity":[{"action":"open","timestamp":"2024-06-01T09:00:00+00:00"},{"action":"bounce","type":"hard","timestamp":"2024-06-01T09:01:00+00:00"}]}],"total_items":1}"""));
        var sut = CreateSut(handler);

        // Act
        var activity = await sut.GetEmailActivityAsync("C1", new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None)
            .ToListAsync(CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal("reports/C1/email-activity", request.Path);
        Assert.Equal("2024-06-01T00:00:00+00:00", request.Query["since"]);
        var events = Assert.Single(activity).Activity;
        Assert.Equal([ActivityActions.Open, ActivityActions.Bounce], events.Select(item => item.Action));
        Assert.Equal(ActivityActions.HardBounce, events[1].Type);
    }

    [Fact]
    public async Task GetUnsubscribesAsync_ReadsUnsubscribedReport()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json(
            """{"unsubscribes":[{"email_address":"u@brightfield-labs.com","reason":"N/A (Unsubscribed by admin)","timestamp":"2024-06-02T00:00:00+00:00"}],"total_items":1}"""));
        var sut = CreateSut(handler);

        // Act
        var unsubscribes = await sut.GetUnsubscribesAsync("C1", CancellationToken.None).ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal("reports/C1/unsubscribed", Assert.Single(handler.Requests).Path);
        Assert.Equal("u@brightfield-labs.com", Assert.Single(unsubscribes).EmailAddress);
    }

    [Fact]
    public async Task GetBouncesAsync_SentToReport_KeepsOnlyHardAndSoft()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json(
            """{"sent_to":[{"email_address":"ok@brightfield-labs.com","status":"sent"},{"email_address":"h@brightfield-labs.com","status":"hard"},{"email_address":"s@brightfield-labs.com","status":"soft"}],"total_items":3}"""));
        var sut = CreateSut(handler);

        // Act
        var bounces = await sut.GetBouncesAsync("C1", CancellationToken.None).ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal("reports/C1/sent-to", Assert.Single(handler.Requests).Path);
        Assert.Equal(["h@brightfield-labs.com", "s@brightfield-labs.com"], bounces.Select(bounce => bounce.EmailAddress));
    }
}
