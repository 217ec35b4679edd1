using System.Globalization;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Activity;

/// <summary>
/// The write shape of the import (issue #10: at most ceil(N/1000) Dataverse batch writes for N events): each call is a
/// <c>$batch</c> without continue-on-error holding the campaign rows, one <c>UpsertMultiple</c> of up to 1,000 activity
/// rows, then the checkpoints; a bulk request Dataverse refuses is sent again as single upserts with continue-on-error.
/// Sources: https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations ("On Error behavior with
/// standard tables": all or nothing, "use … Web API $batch to allow the set of operations to fall back if the bulk
/// operation fails") and https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api.
/// </summary>
public sealed class ActivityPullerBulkTests
{
    private static bool IsBulk(BatchOperation operation) => operation.RelativeUri.EndsWith("/Microsoft.Dynamics.CRM." + BulkMessageNames.UpsertMultiple, StringComparison.Ordinal);

    private static async Task<ActivityHarness> CreateSut(int readers)
    {
        // Every reader is a contact and a subscribed member; the harness's five members add four matched recipients.
        var harness = await ActivityHarness.StartAsync();
        var emails = Enumerable.Range(0, readers).Select(i => string.Create(CultureInfo.InvariantCulture, $"reader{i:D5}@brightfield-labs.com")).ToArray();
        var service = harness.Dataverse.Sandbox.Organization.CreateService();
        foreach (var email in emails)
        {
            service.Create(new Entity(TableNames.Contact) { ["lastname"] = email[..11], ["emailaddress1"] = email });
        }

        foreach (var chunk in emails.Chunk(500))
        {
            await harness.SubscribeAsync(chunk);
        }

        return harness;
    }

    [Fact]
    public async Task RunAsync_ThreeThousandEvents_WritesThemInCeilNOver1000Calls()
    {
        // Arrange: 1,500 matched recipients, each with a Sent and an Open event: N = 3,000.
        await using var harness = await CreateSut(1496);
        var campaignId = harness.Send("Spring catalogue");
        harness.Mailchimp.Controls.Engage(campaignId, opens: 1, clicks: 0, "https://brightfield-labs.com/");
        harness.Advance(TimeSpan.FromMinutes(5));
        var recording = new CrashingDataverse(harness.Dataverse.Job);

        // Act
        var summary = await harness.PullAsync(dataverse: recording);

        // Assert: ceil(3,000/1,000) = 3 write calls (the old layout of 1,000 single upserts a call needed ceil(3,002/1,000) = 4).
        Assert.Equal(3000, summary.ActivityTotal);
        Assert.Empty(summary.Failures);
        Assert.Equal(3, summary.DataverseWrites);
        Assert.Equal(3, recording.WriteCalls.Count);
        Assert.All(recording.WriteCalls, call => Assert.False(call.ContinueOnError));
        Assert.All(recording.WriteCalls, call => Assert.Equal(1000, ((System.Text.Json.Nodes.JsonArray)Assert.Single(call.Operations, IsBulk).Body![BulkMessageNames.Targets]!).Count));
        var first = recording.WriteCalls[0].Operations;
        var last = recording.WriteCalls[^1].Operations;
        Assert.StartsWith(ActivityNames.CampaignSet + "(", first[0].RelativeUri, StringComparison.Ordinal);
        Assert.True(IsBulk(last[0]));
        Assert.StartsWith("dmc_syncstates(", last[^1].RelativeUri, StringComparison.Ordinal);
        Assert.Equal(3000, harness.Activities.Count);
        Assert.Single(harness.Checkpoints);
    }

    [Fact]
    public async Task RunAsync_BulkRequestRefused_SendsThatChunkAgainAsSingleUpsertsAndNamesTheBadRow()
    {
        // Arrange: six matched recipients' Sent events, three rows a call; one row of the second chunk is refused.
        await using var harness = await CreateSut(2);
        harness.Send("Spring catalogue");
        harness.Advance(TimeSpan.FromMinutes(5));
        const string spoiled = "reader00001@brightfield-labs.com";
        var recording = new CrashingDataverse(harness.Dataverse.Job) { Spoil = body => body[ActivityNames.EmailAddress]?.GetValue<string>() == spoiled };

        // Act
        var summary = await harness.PullAsync(new ActivityPullOptions { BatchSize = 3 }, recording);

        // Assert: two bulk calls, then one fallback call for the refused chunk only; the checkpoint stays behind.
        var failure = Assert.Single(summary.Failures);
        Assert.Contains("was not written", failure, StringComparison.Ordinal);
        Assert.Equal(5, harness.Activities.Count);
        Assert.Equal(5, summary.ActivityTotal);
        Assert.Equal(0, summary.CampaignsCheckpointed);
        Assert.Empty(harness.Checkpoints);
        Assert.Equal(3, summary.DataverseWrites);
        var fallback = Assert.Single(recording.WriteCalls, call => call.ContinueOnError);
        Assert.DoesNotContain(fallback.Operations, IsBulk);
        Assert.Equal(3, fallback.Operations.Count(o => o.RelativeUri.StartsWith(ActivityNames.ActivitySet + "(", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_WritesNeverSent_ReportsEveryRowOnceAndEnds()
    {
        // Arrange: a call Dataverse never got (all its operations NotExecuted) is not sent again and again.
        await using var harness = await CreateSut(0);
        harness.Send("Spring catalogue");
        harness.Advance(TimeSpan.FromMinutes(5));
        var unsent = new CrashingDataverse(harness.Dataverse.Job) { NotSent = true };

        // Act
        var summary = await harness.PullAsync(dataverse: unsent);

        // Assert: the campaign row, four Sent rows and the checkpoint, each named once, in one call.
        Assert.Equal(6, summary.Failures.Count);
        Assert.Equal(1, summary.DataverseWrites);
        Assert.Equal((0, 0), (summary.ActivityTotal, summary.CampaignsCheckpointed));
        Assert.Empty(harness.Activities);
    }
}
