namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>How a reconciliation runs.</summary>
/// <param name="Queue">Whether to queue the corrections (false: a report or a dry run).</param>
/// <param name="CompareFields">Whether to compare merge fields too (the drift report; a sync compares membership and consent).</param>
/// <param name="SampleSize">Examples kept per kind of difference and list.</param>
/// <param name="JoinsNeverSynced">
/// Whether a static list's members the connector never sent are queued to join (<c>sync --full</c>, <c>drift --fix</c>),
/// or only reported (a scheduled reconciliation). A dynamic list's always are: that is how it syncs.
/// </param>
public sealed record ReconcileRequest(bool Queue, bool CompareFields, int SampleSize, bool JoinsNeverSynced = true)
{
    /// <summary>A sync's reconciliation: queue, membership and consent only, no samples.</summary>
    /// <param name="full">Whether this is <c>sync --full</c>.</param>
    /// <param name="dryRun">Whether nothing may be written.</param>
    /// <returns>The request.</returns>
    public static ReconcileRequest ForSync(bool full, bool dryRun) => new(Queue: !dryRun, CompareFields: false, SampleSize: 0, JoinsNeverSynced: full);
}
