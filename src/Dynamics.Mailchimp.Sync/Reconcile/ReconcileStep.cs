using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Checkpoint;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>
/// The push's first step, under its lease: reconcile the lists that are due (<see cref="ReconcileSchedule"/>) and queue
/// the corrections, which the same run then drains. The time of a complete reconciliation of every list is kept in
/// <c>dmc_syncstate</c> (<see cref="ReconcileSchedule.StateName"/>), written only when every correction was queued.
/// </summary>
/// <param name="reconciler">Compares and queues.</param>
/// <param name="state">Where the last complete reconciliation's time is kept.</param>
/// <param name="options">The schedule.</param>
/// <param name="time">The job's clock.</param>
public sealed class ReconcileStep(Reconciler reconciler, ICheckpointStore state, ReconcileOptions options, TimeProvider time)
{
    /// <summary>Reconciles what is due.</summary>
    /// <param name="sync">The job's options (<see cref="SyncOptions.FullResync"/> reconciles every list).</param>
    /// <param name="dryRun">Whether nothing may be written: the drift is measured, nothing queued.</param>
    /// <param name="cancellationToken">Cancels the reads and writes.</param>
    /// <returns>What was found and queued.</returns>
    public async Task<ReconcileResult> RunAsync(SyncOptions sync, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sync);
        var now = time.GetUtcNow();
        var last = sync.FullResync || options.IntervalDays == 0 ? null : await state.ReadAsync(ReconcileSchedule.StateName, cancellationToken).ConfigureAwait(false);
        var scope = ReconcileSchedule.ScopeFor(sync.FullResync, last, now, options);
        var result = await reconciler.RunAsync(scope, sync, ReconcileRequest.ForSync(sync.FullResync, dryRun), cancellationToken).ConfigureAwait(false);
        if (scope == ReconcileScope.AllLists && !dryRun && result.Errors.Count == 0)
        {
            await state.WriteAsync(ReconcileSchedule.StateName, now, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
