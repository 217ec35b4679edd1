namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>What a reconciliation found and queued.</summary>
/// <param name="Scope">The lists compared.</param>
/// <param name="Drifts">Per list, its drift.</param>
/// <param name="Corrections">Per list, the rows queued (empty when nothing was queued: a report, or a dry run).</param>
public sealed record ReconcileResult(ReconcileScope Scope, IReadOnlyList<ListDrift> Drifts, IReadOnlyList<CorrectionResult> Corrections)
{
    /// <summary>Gets the correction rows queued.</summary>
    public int RowsQueued => Corrections.Sum(c => c.RowsQueued);

    /// <summary>Gets the lists that could not be compared and the corrections that could not be queued, each naming its list.</summary>
    public IReadOnlyList<string> Errors => Drifts.Select(d => d.Error).Concat(Corrections.Select(c => c.Error)).OfType<string>().ToArray();

    /// <summary>Nothing compared.</summary>
    public static ReconcileResult Nothing { get; } = new(ReconcileScope.None, [], []);
}
