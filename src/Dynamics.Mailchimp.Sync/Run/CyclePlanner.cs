using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// The first half of a cycle: read (expand and coalesce with it), then decide and apply the mass-removal rail, and split
/// the cycle into the parts that are recorded on their own.
/// </summary>
/// <param name="reader">The cycle's reads.</param>
public sealed class CyclePlanner(CycleReader reader)
{
    /// <summary>Reads and decides one cycle.</summary>
    /// <param name="batch">The cycle's queue rows.</param>
    /// <param name="options">The job's options.</param>
    /// <param name="cancellationToken">Cancels the reads (nothing is written).</param>
    /// <returns>The cycle, ready to be sent.</returns>
    public async Task<PlannedCycle> PlanAsync(QueueBatch batch, SyncOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(options);
        var inputs = await reader.ReadAsync(batch.Rows, options, cancellationToken).ConfigureAwait(false);
        var context = new DecisionContext(inputs.Lists, inputs.Index, options) { Settings = inputs.Settings, Consents = inputs.Consents };
        var decider = new RunDecider(context);
        var plans = decider.Plan(inputs.Coalesced.Works, inputs.Snapshots);
        var decided = decider.Rail(plans, await reader.ReadAudienceSizesAsync(decider.AudiencesToMeasure(plans), cancellationToken).ConfigureAwait(false));
        // Split here, while the cycle before is still being sent, so sending this one starts as soon as Mailchimp is free.
        IReadOnlyList<RowOutcome> settledEarly = [.. batch.Unreadable, .. inputs.Expanded.Outcomes, .. inputs.Coalesced.Superseded];
        var parts = CycleParts.Split(batch.Rows, settledEarly, decided.Plans);
        return new PlannedCycle(batch, inputs, decided, parts, CycleFootprint.Of(batch.Rows, inputs, decided.Plans));
    }
}
