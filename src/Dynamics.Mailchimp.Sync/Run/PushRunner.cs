using System.Runtime.ExceptionServices;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Reconcile;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// A push run: under the push lease, first the reconciliation of the lists that are due (dynamic lists on every run),
/// which queues what differs; then cycle by cycle until the queue is drained or a stop is asked for, the flow a
/// queue row takes: claim → expand → coalesce → read → decide (<see cref="CyclePlanner"/>) → execute → record
/// (<see cref="CycleSender"/>).
/// </summary>
/// <remarks>
/// <para>Cycles overlap: while one is being sent and recorded, the next is read from the queue (after the first's rows,
/// <see cref="QueueCursor"/>), decided and sent beside it: its calls queue behind the first's at the client's connection
/// cap, so Mailchimp's connections never wait for the job between cycles. A cycle that shares a record or an address
/// with the one still in flight (<see cref="CycleFootprint"/>) waits until that one is recorded and is then read again,
/// so it never decides on a status about to change nor races it to Mailchimp. Before a third cycle is read the first is
/// recorded: at most two cycles are held at once.</para>
/// <para>A stop (SIGTERM, Ctrl+C) claims no new cycle and sends no cycle that is only decided. A cycle whose sending had
/// started may finish sending within <see cref="CycleSender.SendAfterStop"/> and is then recorded with its own bounded
/// token, so Mailchimp's answers are not thrown away; a kill at any point loses nothing either, because rows stay
/// Pending until recorded and every write to Mailchimp is idempotent (docs/sync-engine.md, "Claim").</para>
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
    private readonly CycleSender _sender = new(executor, recorder, time);

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

        // Mailchimp's executor gets its serializers ready on an idle core meanwhile: the first batch subscribe of the
        // process otherwise pays for them on the run's critical path.
        var preparing = executor.PrepareAsync(stop);
        var early = new EarlyQueueRead(() => queue.ReadDueAsync(run.RowsPerCycle, run.ChangesPerCycle, QueueCursor.Start, stop));
        Task<QueueBatch>? first = null;
        try
        {
            // The list mappings and audience settings are read beside the lease and the queue (two calls wasted when
            // another instance holds the lease).
            var planner = new CyclePlanner(reader.ForRun(stop));
            var attempt = await leases.TryAcquireAsync(PushRunOptions.LeaseName, early.Start, stop).ConfigureAwait(false);
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
                    if (summary.Reconciled is { RowsQueued: > 0 } || summary.ReconcileError is not null)
                    {
                        // The early read cannot have seen the corrections just queued (a failed reconciliation may have
                        // queued some before it failed).
                        await early.DiscardAsync().ConfigureAwait(false);
                    }

                    first = await early.TakeAsync().ConfigureAwait(false);
                    await DrainAsync(planner, first, options, run, summary, work.Token).ConfigureAwait(false);
                    return summary.Build(stop.IsCancellationRequested, run.DryRun, lostLease: keeper.Lost.IsCancellationRequested);
                }
            }
        }
        finally
        {
            // Waited for, never thrown: getting ready is not the run's outcome. Nor are the early reads' failures when they
            // were thrown away (no lease), or when a stop came before the first cycle took its read.
            await preparing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await early.DiscardAsync().ConfigureAwait(false);
            if (first is not null)
            {
                await ((Task)first).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
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

    // first: the first cycle's rows, read beside the lease's write (EarlyQueueRead), or null to read them now.
    private async Task DrainAsync(CyclePlanner planner, Task<QueueBatch>? first, SyncOptions options, PushRunOptions run, PushSummaryBuilder summary, CancellationToken stop)
    {
        var cycleOptions = options;
        var cursor = QueueCursor.Start;
        SendingCycle? sending = null;

        // A signal, not a cancellation: set when the run's last cycle starts (CycleSender.Start).
        using var lastStarting = new CancellationTokenSource();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                // The next cycle is read once the one before has handed its first calls to Mailchimp: building them is
                // on the run's critical path, reading the next cycle is not (it has a whole round of batch subscribes).
                if (sending is not null)
                {
                    await sending.Dispatched.ConfigureAwait(false);
                }

                var batch = await (first ?? queue.ReadDueAsync(run.RowsPerCycle, run.ChangesPerCycle, cursor, stop)).ConfigureAwait(false);
                first = null;
                if (batch.Rows.Count == 0 && batch.Unreadable.Count == 0 && !cycleOptions.FullResync)
                {
                    break;
                }

                cursor = batch.Next;
                var cycle = await planner.PlanAsync(batch, cycleOptions, stop).ConfigureAwait(false);
                if (sending is not null && sending.Cycle.Footprint.Overlaps(cycle.Footprint))
                {
                    // It shares records or addresses with the cycle in flight: read it again once that one is recorded.
                    var before = sending;
                    sending = null;
                    await FinishAsync(before, summary, stop, rethrow: true).ConfigureAwait(false);
                    cycle = await planner.PlanAsync(batch, cycleOptions, stop).ConfigureAwait(false);
                }

                if (run.DryRun)
                {
                    summary.AddCycle(cycle.Decided.Plans, [], [], cycle.Decided.Verdicts, dryRun: true);
                    break;
                }

                // Sent beside the cycle before (their members differ; the client's connection cap queues this one's calls
                // behind that one's), unless that one has already failed or been cut off, which ends the run.
                if (sending is { Sent.IsCompleted: true } && !await sending.Sent.ConfigureAwait(false))
                {
                    break;
                }

                stop.ThrowIfCancellationRequested();
                var previous = sending;
                if (!batch.Full)
                {
                    // Before the last cycle starts, so the one in flight spreads its last round before any answer of the last.
                    lastStarting.Cancel();
                }

                sending = _sender.Start(cycle, last: !batch.Full, stop, lastStarting.Token);
                if (previous is not null)
                {
                    await FinishAsync(previous, summary, stop, rethrow: true).ConfigureAwait(false);
                }

                if (!batch.Full)
                {
                    break;
                }

                cycleOptions = options with { FullResync = false };
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped (or the lease was lost) while reading or deciding: those rows stay Pending and the next run replays
            // them. The cycle in flight is finished below.
        }
        catch
        {
            if (sending is not null)
            {
                await FinishAsync(sending, summary, stop, rethrow: false).ConfigureAwait(false);
            }

            throw;
        }

        if (sending is not null)
        {
            await FinishAsync(sending, summary, stop, rethrow: true).ConfigureAwait(false);
        }
    }

    // Waits until the cycle is recorded and adds it to the summary. Its sending's failure ends the run, except a stop's.
    private static async Task FinishAsync(SendingCycle cycle, PushSummaryBuilder summary, CancellationToken stop, bool rethrow)
    {
        CycleReport report;
        try
        {
            report = await cycle.Recorded.ConfigureAwait(false);
        }
        catch (Exception) when (!rethrow)
        {
            return;
        }

        summary.AddCycle(report.Decided.Plans, report.Results, report.Rows, report.Decided.Verdicts, dryRun: false);
        summary.AddConsentEvents(report.Recorded.ConsentEventsWritten);
        foreach (var (id, error) in report.Recorded.Failures)
        {
            summary.AddRecordFailure(id, error);
        }

        if (rethrow && report.Failure is { } failure && !(failure is OperationCanceledException && stop.IsCancellationRequested))
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
