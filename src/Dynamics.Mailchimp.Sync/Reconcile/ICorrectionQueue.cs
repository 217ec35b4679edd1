namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>Queues a drift's corrections as queue rows, for the push to drain like any other change.</summary>
public interface ICorrectionQueue
{
    /// <summary>Writes the rows that correct <paramref name="drifts"/>.</summary>
    /// <param name="drifts">The lists' drifts.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>Per list: rows queued, or the error that kept them out.</returns>
    Task<IReadOnlyList<CorrectionResult>> QueueAsync(IReadOnlyList<ListDrift> drifts, CancellationToken cancellationToken);
}
