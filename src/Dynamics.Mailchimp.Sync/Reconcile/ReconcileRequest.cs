namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>How a reconciliation runs.</summary>
/// <param name="Queue">Whether to queue the corrections (false: a report or a dry run).</param>
/// <param name="CompareFields">Whether to compare merge fields too (the drift report; a sync compares membership and consent).</param>
/// <param name="SampleSize">Examples kept per kind of difference and list.</param>
public sealed record ReconcileRequest(bool Queue, bool CompareFields, int SampleSize)
{
    /// <summary>A sync's reconciliation: queue, membership and consent only, no samples.</summary>
    public static ReconcileRequest Sync { get; } = new(Queue: true, CompareFields: false, SampleSize: 0);
}
