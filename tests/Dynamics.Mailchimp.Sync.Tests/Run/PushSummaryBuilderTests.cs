using System.Runtime.CompilerServices;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Record;
using Dynamics.Mailchimp.Sync.Run;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Run;

/// <summary>The push summary's failure flag (the exit code 1 rests on it), and what it keeps across a run's cycles.</summary>
public sealed class PushSummaryBuilderTests
{
    private const int Cycles = 10;
    private const int PlansPerCycle = 100;

    [Fact]
    public void AddCycle_ManyCycles_KeepsCountsAndFailureLinesButNoPlanResultOrRow()
    {
        // Arrange: issue 9, "peak memory flat as N grows": a run of many cycles may keep only counts and the failure lines it prints.
        var sut = new PushSummaryBuilder();
        var kept = new List<WeakReference>();

        // Act
        for (var cycle = 0; cycle < Cycles; cycle++)
        {
            kept.AddRange(AddCycle(sut, cycle));
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var summary = sut.Build(stopped: false, dryRun: false);

        // Assert
        Assert.All(kept, item => Assert.False(item.IsAlive, $"the builder still holds {item.Target}"));
        Assert.Equal(Cycles * (PlansPerCycle - 1), summary.Members[MemberCounts.Upserted]);
        Assert.Equal(Cycles, summary.Members[MemberCounts.Failed]);
        Assert.Equal(Cycles * PlansPerCycle, summary.Rows[RowCounts.Done]);
        Assert.Equal(Enumerable.Range(0, Cycles).Select(c => $"p{c}-0@contoso.com: Invalid Resource"), summary.Failures);
    }

    [Fact]
    public void Build_RecordFailure_CountsAsAFailureAndIsListed()
    {
        // Arrange
        var sut = new PushSummaryBuilder();
        var row = Guid.NewGuid();

        // Act
        sut.AddRecordFailure(row, "queue row was not written: 0x80040220 Principal user is missing prvWritedmc_syncqueueitem privilege");
        var summary = sut.Build(stopped: false, dryRun: false);

        // Assert
        Assert.True(summary.AnyFailed);
        Assert.Equal(1, summary.RecordFailures);
        Assert.Contains(summary.Failures, line => line.StartsWith($"could not record {row}", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NothingFailed_IsNotAFailure()
    {
        // Arrange
        var sut = new PushSummaryBuilder();

        // Act
        var summary = sut.Build(stopped: false, dryRun: false);

        // Assert
        Assert.False(summary.AnyFailed);
        Assert.Equal(0, summary.RecordFailures);
    }

    // Adds one cycle's plans, results and rows; returns weak references to each of them (made here, so no local of the test keeps them).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IEnumerable<WeakReference> AddCycle(PushSummaryBuilder sut, int cycle)
    {
        var plans = Enumerable.Range(0, PlansPerCycle).Select(i => new MemberPlan
        {
            AudienceId = TestData.Audience,
            Email = $"p{cycle}-{i}@contoso.com",
            Upsert = new UpsertPlan { Email = $"p{cycle}-{i}@contoso.com", StatusIfNew = MemberStatus.Subscribed },
        }).ToArray();
        var results = plans.Select((plan, i) => i == 0
            ? new PlanResult(plan, PlanResultKind.Failed, null, null, "Invalid Resource")
            : new PlanResult(plan, PlanResultKind.Confirmed, MemberStatus.Subscribed, null, null)).ToArray();
        var rows = plans.Select(_ => new RowResult(Guid.NewGuid(), QueueItemStates.Done, null, null)).ToArray();
        sut.AddCycle(plans, results, rows, [], dryRun: false);
        return [.. plans.Select(p => new WeakReference(p)), .. results.Select(r => new WeakReference(r)), .. rows.Select(r => new WeakReference(r))];
    }
}
