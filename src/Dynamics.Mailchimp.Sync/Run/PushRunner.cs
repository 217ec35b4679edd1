using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Reconcile;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// A push run: under the push lease, first the reconciliation of the lists that are due (dynamic lists on every run),
/// which queues what differs; then cycle by cycle until the queue is drained or a stop is asked for, the flow a
/// queue row takes: claim → expand → coalesce → read → decide → execute → record.
/// </summary>
/// <remarks>
/// A stop (SIGTERM, Ctrl+C) claims no new cycle. A cycle whose sending had started may finish sending within
/// <see cref="SendAfterStop"/> and is then recorded with its own bounded token, so Mailchimp's answers are not thrown away; a kill at any point loses nothing either, because rows
/// stay Pending until recorded and every write to Mailchimp is idempotent (docs/sync-engine.md, "Claim").
/// </remarks>
public sealed class PushRunner(
    ILeaseManager leases,
    IQueueSource queue,
    CycleReader reader,
    IPlanExecutor executor,
    IOutcomeRecorder recorder,
    TimeProvider time,
    ReconcileStep? reconcile = null)
{
    /// <summary>How long sending a cycle may go on after a stop was asked for, before it is cancelled.</summary>
    public static readonly TimeSpan SendAfterStop = TimeSpan.FromSeconds(10);

    /// <summary>How long recording a cycle may still take once a stop was asked for (unbounded otherwise).</summary>
    public static readonly TimeSpan RecordAfterStop = TimeSpan.FromSeconds(30);

    /// <summary>Runs the push.</summary>
    /// <param name="options">The job's options (<see cref="SyncOptions.FullResync"/> applies to the first cycle only).</param>
    /// <param name="run">How the queue is taken, and whether this is a dry run.</param>
    /// <param name="stop">Cancelled by a stop signal: no new cycle starts.</param>
    /// <returns>What the run did.</returns>
    public async Task<PushSummary> RunAsync(SyncOptions options, PushRunOptions run, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        var summary = new PushSummaryBuilder();
        var attempt = await leases.TryAcquireAsync(PushRunOptions.LeaseName, stop).ConfigureAwait(false);
        if (attempt.Lease is not { } lease)
        {
            return summary.Build(stopped: false, run.DryRun, attempt.Holder);
        }

        await using (lease.ConfigureAwait(false))
        {
            var keeper = new LeaseKeeper(lease, time);
            await using (keeper.ConfigureAwait(false))
            {
                using var work = CancellationTokenSource.CreateLinkedTokenSource(stop, keeper.Lost);
                await ReconcileAsync(options, run, summary, work.Token).ConfigureAwait(false);
                var cycleOptions = options;
                while (!work.IsCancellationRequested)
                {
                    QueueBatch batch;
                    try
                    {
                        batch = await queue.ReadDueAsync(run.RowsPerCycle, run.ChangesPerCycle, work.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (work.IsCancellationRequested)
                    {
                        break;
                    }

                    if (batch.Rows.Count == 0 && batch.Unreadable.Count == 0 && !cycleOptions.FullResync)
                    {
                        break;
                    }

                    try
                    {
                        await RunCycleAsync(batch, cycleOptions, run, summary, work.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (work.IsCancellationRequested)
                    {
                        // Stopped (or the lease was lost) before the cycle sent anything, or its sending was cut
                        // off: its rows stay Pending and the next run replays them.
                        break;
                    }

                    if (run.DryRun || !batch.Full)
                    {
                        break;
                    }

                    cycleOptions = options with { FullResync = false };
                }

                return summary.Build(stop.IsCancellationRequested, run.DryRun, lostLease: keeper.Lost.IsCancellationRequested);
            }
        }
    }

    // A failed reconciliation is reported (the run exits non-zero) and the queue is drained all the same: what the
    // plug-ins queued does not wait for Mailchimp's member listings. A stop ends it like any read.
    private async Task ReconcileAsync(SyncOptions options, PushRunOptions run, PushSummaryBuilder summary, CancellationToken stop)
    {
        if (reconcile is null)
        {
            return;
        }

        try
        {
            summary.Reconciled = await reconcile.RunAsync(options, run.DryRun, stop).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            summary.ReconcileError = $"Reconciling the synced lists with Mailchimp failed: {ex.Message}";
        }
        catch (OperationCanceledException)
        {
            // Stopped: the loop below claims nothing either.
        }
    }

    private async Task RunCycleAsync(QueueBatch batch, SyncOptions options, PushRunOptions run, PushSummaryBuilder summary, CancellationToken stop)
    {
        var inputs = await reader.ReadAsync(batch.Rows, options, stop).ConfigureAwait(false);
        var context = new DecisionContext(inputs.Lists, inputs.Index, options) { Settings = inputs.Settings, Consents = inputs.Consents };
        var decider = new RunDecider(context);
        var plans = decider.Plan(inputs.Coalesced.Works, inputs.Snapshots);
        var decided = decider.Rail(plans, await reader.ReadAudienceSizesAsync(decider.AudiencesToMeasure(plans), stop).ConfigureAwait(false));
        if (run.DryRun)
        {
            summary.AddCycle(decided.Plans, [], [], decided.Verdicts, dryRun: true);
            return;
        }

        stop.ThrowIfCancellationRequested();

        // Sending has started: a stop lets it finish within a grace period, so the answers can be recorded. Each part of
        // the cycle is recorded as soon as Mailchimp has answered it, while the rest is still being sent; a stop gives
        // the writes their own, longer bound.
        using var sendWindow = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        using var onStop = stop.Register(() => sendWindow.CancelAfter(SendAfterStop));
        using var recordWindow = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        using var onStopRecording = stop.Register(() => recordWindow.CancelAfter(RecordAfterStop));
        IReadOnlyList<RowOutcome> settledEarly = [.. batch.Unreadable, .. inputs.Expanded.Outcomes, .. inputs.Coalesced.Superseded];
        var tail = executor.PlansInFlight > 0 ? new OutcomeTail(executor.PlansInFlight, recorder.ParallelWrites) : null;
        var stream = new OutcomeStream(CycleParts.Split(batch.Rows, settledEarly, decided.Plans), inputs.Snapshots, recorder, recorder.BatchOperations, time, recordWindow.Token, tail);
        stream.Start();
        IReadOnlyList<PlanResult> results;
        try
        {
            results = await executor.ExecuteAsync(decided.Plans, stream.Finished, sendWindow.Token).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Sending failed or was cut off: what Mailchimp answered is still written; the rest stays Pending.
            var partial = await stream.CompleteAsync(settleUnanswered: false).ConfigureAwait(false);
            AddRecorded(summary, decided, partial.Results, partial.Rows, partial.Recorded);
            throw;
        }

        var recorded = await stream.CompleteAsync(settleUnanswered: true).ConfigureAwait(false);
        AddRecorded(summary, decided, results, recorded.Rows, recorded.Recorded);
    }

    private static void AddRecorded(PushSummaryBuilder summary, RailResult decided, IReadOnlyList<PlanResult> results, IReadOnlyList<RowResult> rows, RecordResult recorded)
    {
        summary.AddCycle(decided.Plans, results, rows, decided.Verdicts, dryRun: false);
        summary.AddConsentEvents(recorded.ConsentEventsWritten);
        foreach (var (id, error) in recorded.Failures)
        {
            summary.AddRecordFailure(id, error);
        }
    }
}
