using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Activity;

/// <summary>The activity pull end to end over HTTP against both sandboxes.</summary>
public sealed class ActivityPullerTests
{
    private static int Action(Entity row) => row.GetAttributeValue<OptionSetValue>(ActivityNames.Action).Value;

    private static (string Table, Guid Id) Regarding(Entity row) =>
        row.GetAttributeValue<EntityReference>(ActivityNames.Regarding) is { } regarding ? (regarding.LogicalName, regarding.Id) : default;

    [Fact]
    public async Task RunAsync_SentCampaignWithEngagement_WritesCampaignRowAndOneRowPerEvent()
    {
        // Arrange
        await using var harness = await ActivityHarness.StartAsync();
        var campaignId = harness.Send("November news");
        harness.Mailchimp.Controls.Open(campaignId, ActivityHarness.Yvonne);
        harness.Mailchimp.Controls.Click(campaignId, ActivityHarness.Yvonne, "https://contoso-coffee.com/beans");
        harness.Mailchimp.Controls.Bounce(ActivityHarness.AudienceId, ActivityHarness.Nancy, hard: true, campaignId);
        harness.Mailchimp.Controls.Bounce(ActivityHarness.AudienceId, ActivityHarness.Rene, hard: false, campaignId);
        harness.Mailchimp.Controls.Unsubscribe(ActivityHarness.AudienceId, ActivityHarness.Susanna, "Too many emails", campaignId);
        harness.Advance(TimeSpan.FromMinutes(5));

        // Act
        var summary = await harness.PullAsync();

        // Assert: 5 recipients sent (4 matched: the stranger is in no CRM record), 1 open, 1 click, 2 bounces, 1 unsubscribe.
        var campaign = Assert.Single(harness.Campaigns);
        Assert.Equal((campaignId, "November news", 5), (campaign.GetAttributeValue<string>(ActivityNames.MailchimpId), campaign.GetAttributeValue<string>(ActivityNames.Subject), campaign.GetAttributeValue<int>(ActivityNames.EmailsSent)));
        Assert.Equal(1, summary.Campaigns);
        Assert.Equal(4, summary.Activities[ActivityAction.Sent]);
        Assert.Equal((1, 1, 1, 1, 1), (summary.Activities[ActivityAction.Open], summary.Activities[ActivityAction.Click], summary.Activities[ActivityAction.HardBounce], summary.Activities[ActivityAction.SoftBounce], summary.Activities[ActivityAction.Unsubscribe]));
        Assert.Equal((1, 1), (summary.Unmatched, summary.UnmatchedMembers));
        Assert.Empty(summary.Failures);
        var click = Assert.Single(harness.Activities, a => Action(a) == (int)ActivityAction.Click);
        Assert.Equal("https://contoso-coffee.com/beans", click.GetAttributeValue<string>(ActivityNames.Url));
        Assert.Equal(("contact", harness.ContactId(0)), Regarding(click));
        Assert.Equal((ActivityNames.Completed, ActivityNames.CompletedStatus), (click.GetAttributeValue<OptionSetValue>(ActivityNames.StateCode).Value, click.GetAttributeValue<OptionSetValue>(ActivityNames.StatusCode).Value));
        Assert.Equal(click.GetAttributeValue<DateTime>(ActivityNames.OccurredOn), click.GetAttributeValue<DateTime>(ActivityNames.ActualEnd));
        Assert.Equal("Click: November news", click.GetAttributeValue<string>(ActivityNames.ActivitySubject));
        Assert.Equal(campaign.Id, click.GetAttributeValue<EntityReference>(ActivityNames.Campaign).Id);
        var unsubscribe = Assert.Single(harness.Activities, a => Action(a) == (int)ActivityAction.Unsubscribe);
        Assert.Equal("Too many emails", unsubscribe.GetAttributeValue<string>(ActivityNames.Detail));
        var softBounce = Assert.Single(harness.Activities, a => Action(a) == (int)ActivityAction.SoftBounce);
        Assert.Equal(("lead", harness.Dataverse.Seed.LeadIds[0]), Regarding(softBounce));
    }

    [Fact]
    public async Task RunAsync_DryRun_CountsWhatItWouldWriteAndWritesNoRowAndNoCheckpoint()
    {
        // Arrange
        await using var harness = await ActivityHarness.StartAsync();
        var campaignId = harness.Send("November news");
        harness.Mailchimp.Controls.Open(campaignId, ActivityHarness.Yvonne);

        // Act
        var summary = await harness.PullAsync(new ActivityPullOptions { DryRun = true });

        // Assert: 4 matched recipients sent and 1 open counted, nothing in Dataverse, no write call.
        Assert.Equal(1, summary.Campaigns);
        Assert.Equal((4, 1), (summary.Activities[ActivityAction.Sent], summary.Activities[ActivityAction.Open]));
        Assert.Equal((0, 0), (summary.CampaignsCheckpointed, summary.DataverseWrites));
        Assert.Empty(harness.Campaigns);
        Assert.Empty(harness.Activities);
        Assert.Empty(harness.Checkpoints);
    }

    [Fact]
    public async Task RunAsync_Rerun_CreatesNoDuplicates()
    {
        // Arrange
        await using var harness = await ActivityHarness.StartAsync();
        var campaignId = harness.Send("November news");
        harness.Mailchimp.Controls.Open(campaignId, ActivityHarness.Yvonne);
        await harness.PullAsync();
        var first = harness.Activities.Select(a => a.Id).Order().ToList();
        harness.Dataverse.Sandbox.Organization.CreateService().Delete("dmc_syncstate", Assert.Single(harness.Checkpoints).Id);

        // Act: the checkpoint is gone, so the whole campaign is read and written again.
        var summary = await harness.PullAsync();

        // Assert
        Assert.Equal(first, harness.Activities.Select(a => a.Id).Order().ToList());
        Assert.Equal(first, harness.Pointers.Select(p => p.Id).Order().ToList());
        Assert.Single(harness.Campaigns);
        Assert.Equal(first.Count, summary.ActivityTotal);
    }

    [Fact]
    public async Task RunAsync_AfterCheckpoint_ReadsOnlyNewActivity()
    {
        // Arrange
        await using var harness = await ActivityHarness.StartAsync();
        var campaignId = harness.Send("November news");
        harness.Mailchimp.Controls.Open(campaignId, ActivityHarness.Yvonne);
        harness.Advance(TimeSpan.FromMinutes(20));
        await harness.PullAsync();
        harness.Advance(TimeSpan.FromHours(2));
        harness.Mailchimp.Controls.Open(campaignId, ActivityHarness.Susanna);

        // Act
        var summary = await harness.PullAsync();

        // Assert: only the new open (the first is 20 minutes before the checkpoint, outside the 10-minute overlap); no Sent rows again.
        Assert.Equal(1, summary.ActivityTotal);
        Assert.Equal(1, summary.Activities[ActivityAction.Open]);
        Assert.Equal(2, harness.Activities.Count(a => Action(a) == (int)ActivityAction.Open));
        var since = harness.Mailchimp.Requests.Last(r => r.Path.Contains("/email-activity", StringComparison.Ordinal));
        Assert.Contains("since=", since.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EventInsideTheOverlap_IsRewrittenUnderItsKeyNotDuplicated()
    {
        // Arrange: an open one minute before the first run's checkpoint, read again by the second run's overlap.
        await using var harness = await ActivityHarness.StartAsync();
        var campaignId = harness.Send("November news");
        harness.Mailchimp.Controls.Open(campaignId, ActivityHarness.Yvonne);
        harness.Advance(TimeSpan.FromMinutes(1));
        await harness.PullAsync();
        var rows = harness.Activities.Count;

        // Act
        var summary = await harness.PullAsync(new ActivityPullOptions { Overlap = TimeSpan.FromMinutes(10) });

        // Assert
        Assert.Equal(1, summary.Activities[ActivityAction.Open]);
        Assert.Equal(rows, harness.Activities.Count);
    }

    [Fact]
    public async Task RunAsync_StoredMemberId_MatchesTheRecordBeforeItsEmail()
    {
        // Arrange: contact 3 carries Yvonne's member id (the push stored it before the CRM email changed).
        await using var harness = await ActivityHarness.StartAsync();
        var service = harness.Dataverse.Sandbox.Organization.CreateService();
        service.Update(new Entity(TableNames.Contact, harness.ContactId(3)) { [MemberFields.MailchimpMemberId] = SubscriberHash.Compute(ActivityHarness.Yvonne) });
        var campaignId = harness.Send("November news");
        harness.Mailchimp.Controls.Open(campaignId, ActivityHarness.Yvonne);

        // Act
        await harness.PullAsync();

        // Assert
        var open = Assert.Single(harness.Activities, a => Action(a) == (int)ActivityAction.Open);
        Assert.Equal(harness.ContactId(3), open.GetAttributeValue<EntityReference>(ActivityNames.Regarding).Id);
    }

    [Fact]
    public async Task RunAsync_CrmEmailInOtherCase_MatchesCaseInsensitively()
    {
        // Arrange
        await using var harness = await ActivityHarness.StartAsync();
        var service = harness.Dataverse.Sandbox.Organization.CreateService();
        service.Update(new Entity(TableNames.Contact, harness.ContactId(1)) { [MemberFields.EmailAddress1] = ActivityHarness.Susanna.ToUpperInvariant() });
        var campaignId = harness.Send("November news");
        harness.Mailchimp.Controls.Open(campaignId, ActivityHarness.Susanna);

        // Act
        await harness.PullAsync();

        // Assert
        var open = Assert.Single(harness.Activities, a => Action(a) == (int)ActivityAction.Open);
        Assert.Equal(harness.ContactId(1), open.GetAttributeValue<EntityReference>(ActivityNames.Regarding).Id);
    }

    [Fact]
    public async Task RunAsync_ActivityOlderThanRetention_IsNotImported()
    {
        // Arrange: a campaign 40 days ago with an open then, and a new campaign.
        await using var harness = await ActivityHarness.StartAsync();
        var old = harness.Send("October news");
        harness.Mailchimp.Controls.Open(old, ActivityHarness.Yvonne);
        harness.Advance(TimeSpan.FromDays(40));
        harness.Send("November news");

        // Act
        var summary = await harness.PullAsync(new ActivityPullOptions { Retention = TimeSpan.FromDays(30) });

        // Assert
        var campaign = Assert.Single(harness.Campaigns);
        Assert.Equal("November news", campaign.GetAttributeValue<string>(ActivityNames.Subject));
        Assert.Equal(1, summary.Campaigns);
        Assert.DoesNotContain(harness.Activities, a => Action(a) == (int)ActivityAction.Open);
    }

    [Fact]
    public async Task RunAsync_EventsBeforeTheRetentionLimit_AreLeftOutOfACampaignInsideIt()
    {
        // Arrange: the campaign is 20 days old, its first open 20 days old, a second one today; retention 10 days.
        await using var harness = await ActivityHarness.StartAsync();
        var campaignId = harness.Send("November news");
        harness.Mailchimp.Controls.Open(campaignId, ActivityHarness.Yvonne);
        harness.Advance(TimeSpan.FromDays(20));
        harness.Mailchimp.Controls.Open(campaignId, ActivityHarness.Susanna);

        // Act
        var summary = await harness.PullAsync(new ActivityPullOptions { Retention = TimeSpan.FromDays(30) });
        var later = await harness.PullAsync(new ActivityPullOptions { Retention = TimeSpan.FromDays(10) });

        // Assert
        Assert.Equal(6, summary.ActivityTotal);
        Assert.Equal(0, later.Campaigns);
    }

    [Fact]
    public async Task RunAsync_OneAudience_ReadsOnlyItsCampaigns()
    {
        // Arrange
        await using var harness = await ActivityHarness.StartAsync();
        harness.Send("November news");

        // Act
        var summary = await harness.PullAsync(new ActivityPullOptions { AudienceId = "0000000000" });

        // Assert
        Assert.Equal(0, summary.Campaigns);
        Assert.Empty(harness.Campaigns);
    }

    [Fact]
    public async Task RunAsync_Writes_AreTaggedSoThePluginsQueueNothing()
    {
        // Arrange
        await using var harness = await ActivityHarness.StartAsync();
        var campaignId = harness.Send("November news");
        harness.Mailchimp.Controls.Open(campaignId, ActivityHarness.Yvonne);
        var queued = harness.Dataverse.QueueRowCount;
        harness.Dataverse.Sandbox.ClearRequests();

        // Act
        await harness.PullAsync();

        // Assert
        Assert.Equal(queued, harness.Dataverse.QueueRowCount);
        Assert.All(
            harness.Dataverse.Sandbox.Requests.Where(r => r.Path.EndsWith("$batch", StringComparison.Ordinal) && r.Body.Contains("PATCH ", StringComparison.Ordinal)),
            r => Assert.Contains("tag=dmc-sync", r.Body, StringComparison.Ordinal));
    }
}
