using Dynamics.Mailchimp.Sync.Pull.Activity;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Activity;

/// <summary>
/// A crash at every write of a pull, before Dataverse gets the <c>$batch</c> and after it committed it: the next run
/// ends with exactly the rows of an uninterrupted run (nothing lost, nothing duplicated), and no checkpoint is ever ahead
/// of its campaign's rows.
/// </summary>
public sealed class ActivityPullerCrashTests
{
    private static readonly ActivityPullOptions SmallBatches = new() { BatchSize = 3 };

    private static async Task<ActivityHarness> ArrangeAsync()
    {
        var harness = await ActivityHarness.StartAsync();
        var campaignId = harness.Send("November news");
        foreach (var email in new[] { ActivityHarness.Yvonne, ActivityHarness.Susanna, ActivityHarness.Rene })
        {
            harness.Mailchimp.Controls.Open(campaignId, email);
        }

        harness.Mailchimp.Controls.Click(campaignId, ActivityHarness.Yvonne, "https://contoso-coffee.com/beans");
        harness.Mailchimp.Controls.Click(campaignId, ActivityHarness.Nancy, "https://contoso-coffee.com/cups");
        harness.Mailchimp.Controls.Unsubscribe(ActivityHarness.AudienceId, ActivityHarness.Susanna, null, campaignId);
        harness.Advance(TimeSpan.FromMinutes(20));
        return harness;
    }

    private static string Key(Entity row) => string.Join(
        '|',
        row.GetAttributeValue<string>(ActivityNames.CampaignMailchimpId),
        row.GetAttributeValue<string>(ActivityNames.MemberId),
        row.GetAttributeValue<OptionSetValue>(ActivityNames.Action).Value,
        row.GetAttributeValue<DateTime>(ActivityNames.OccurredOn).ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task RunAsync_CrashAtEveryWrite_NextRunLosesAndDuplicatesNothing()
    {
        // Arrange: an uninterrupted run gives the expected rows and the number of writes to crash at.
        int writes;
        List<string> expected;
        await using (var clean = await ArrangeAsync())
        {
            var counting = new CrashingDataverse(clean.Dataverse.Job);
            await clean.PullAsync(SmallBatches, counting);
            writes = counting.Writes;
            expected = [.. clean.Activities.Select(Key).Order(StringComparer.Ordinal)];
        }

        Assert.True(writes >= 4, $"The scenario should need several writes; it needed {writes}.");
        foreach (var (point, after) in Enumerable.Range(1, writes).SelectMany(k => new[] { (k, false), (k, true) }))
        {
            await using var harness = await ArrangeAsync();
            var crashing = new CrashingDataverse(harness.Dataverse.Job) { CrashBeforeWrite = after ? null : point, CrashAfterWrite = after ? point : null };

            // Act
            await Assert.ThrowsAsync<SimulatedCrashException>(() => harness.PullAsync(SmallBatches, crashing));
            var checkpointed = harness.Checkpoints.Count;
            var rowsAtCrash = harness.Activities.Count;
            await harness.PullAsync(SmallBatches);

            // Assert
            Assert.True(checkpointed == 0 || rowsAtCrash == expected.Count, $"Crash {(after ? "after" : "before")} write {point}: a checkpoint was saved with {rowsAtCrash} of {expected.Count} rows.");
            Assert.Equal(expected, harness.Activities.Select(Key).Order(StringComparer.Ordinal));
            Assert.Equal(harness.Activities.Select(a => a.Id).Order(), harness.Pointers.Select(p => p.Id).Order());
            Assert.Single(harness.Campaigns);
            Assert.Single(harness.Checkpoints);
        }
    }

    [Fact]
    public async Task RunAsync_OneRowRefused_ReportsItAndKeepsTheCheckpointBehind()
    {
        // Arrange
        await using var harness = await ArrangeAsync();
        var spoiling = new CrashingDataverse(harness.Dataverse.Job)
        {
            Spoil = body => body[ActivityNames.Action]?.GetValue<int>() == (int)ActivityAction.Click && body[ActivityNames.Url]?.GetValue<string>() == "https://contoso-coffee.com/cups",
        };

        // Act
        var refused = await harness.PullAsync(SmallBatches, spoiling);
        var checkpointsAfterRefusal = harness.Checkpoints.Count;
        var retried = await harness.PullAsync(SmallBatches);

        // Assert
        var failure = Assert.Single(refused.Failures);
        Assert.StartsWith("the Click of member ", failure, StringComparison.Ordinal);
        Assert.Contains("was not written", failure, StringComparison.Ordinal);
        Assert.Equal((0, 0), (refused.CampaignsCheckpointed, checkpointsAfterRefusal));
        Assert.Empty(retried.Failures);
        Assert.Equal(1, retried.CampaignsCheckpointed);
        Assert.Equal(2, harness.Activities.Count(a => a.GetAttributeValue<OptionSetValue>(ActivityNames.Action).Value == (int)ActivityAction.Click));
    }
}
