using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Checkpoint;
using Dynamics.Mailchimp.Sync.Reconcile;
using Dynamics.Mailchimp.Sync.Tests.Run.Fakes;
using Dynamics.Mailchimp.Sync.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sync.Tests.Reconcile;

/// <summary>The push's reconciliation step: the schedule read and kept in the sync state, never on a dry run or a failed queue.</summary>
public sealed class ReconcileStepTests
{
    private static readonly ListMapping Vip = TestData.TagList(2, "VIP");

    private readonly FakeTimeProvider clock = new(TestData.Now);
    private readonly MemoryState state = new();

    private ReconcileStep CreateSut(string? queueError = null)
    {
        var dataverse = new FakeDataverse();
        dataverse.Lists.Add(Vip);
        return new ReconcileStep(new Reconciler(dataverse, dataverse, new EmptySides(), new AnsweringQueue(queueError)), state, new ReconcileOptions(), clock);
    }

    [Fact]
    public async Task RunAsync_NeverReconciled_ReconcilesEveryListAndKeepsTheTime()
    {
        // Act
        var result = await CreateSut().RunAsync(new SyncOptions(), dryRun: false, CancellationToken.None);

        // Assert
        Assert.Equal(ReconcileScope.AllLists, result.Scope);
        Assert.Equal(TestData.Now, state.Values[ReconcileSchedule.StateName]);
    }

    [Fact]
    public async Task RunAsync_ReconciledYesterday_OnlyTheDynamicListsAndTheTimeStays()
    {
        // Arrange
        state.Values[ReconcileSchedule.StateName] = TestData.Now.AddDays(-1);

        // Act
        var result = await CreateSut().RunAsync(new SyncOptions(), dryRun: false, CancellationToken.None);

        // Assert
        Assert.Equal(ReconcileScope.DynamicLists, result.Scope);
        Assert.Equal(TestData.Now.AddDays(-1), state.Values[ReconcileSchedule.StateName]);
    }

    [Fact]
    public async Task RunAsync_DryRun_KeepsNoTime()
    {
        // Act
        await CreateSut().RunAsync(new SyncOptions { FullResync = true }, dryRun: true, CancellationToken.None);

        // Assert
        Assert.Empty(state.Values);
    }

    [Fact]
    public async Task RunAsync_CorrectionsRefused_KeepsNoTimeSoTheNextRunReconcilesAgain()
    {
        // Act
        var result = await CreateSut(queueError: "refused").RunAsync(new SyncOptions { FullResync = true }, dryRun: false, CancellationToken.None);

        // Assert
        Assert.Equal(["refused"], result.Errors);
        Assert.Empty(state.Values);
    }

    private sealed class MemoryState : ICheckpointStore
    {
        public Dictionary<string, DateTimeOffset> Values { get; } = new(StringComparer.Ordinal);

        public Task<DateTimeOffset?> ReadAsync(string name, CancellationToken cancellationToken) =>
            Task.FromResult<DateTimeOffset?>(Values.TryGetValue(name, out var value) ? value : null);

        public Task WriteAsync(string name, DateTimeOffset value, CancellationToken cancellationToken)
        {
            Values[name] = value;
            return Task.CompletedTask;
        }
    }

    private sealed class EmptySides : IMailchimpListSide
    {
        public Task<MailchimpSide> ReadAsync(ListMapping list, IReadOnlyCollection<string>? mergeTags, CancellationToken cancellationToken) => Task.FromResult(new MailchimpSide());
    }

    private sealed class AnsweringQueue(string? error) : ICorrectionQueue
    {
        public Task<IReadOnlyList<CorrectionResult>> QueueAsync(IReadOnlyList<ListDrift> drifts, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<CorrectionResult>>(drifts.Select(d => new CorrectionResult(d.List, 0, error)).ToArray());
    }
}
