namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>Per-operation results of a <c>$batch</c> call (possibly sent as several batches). Never thrown away on the first failure.</summary>
/// <param name="Results">One result per input operation, in input order.</param>
public sealed record BatchResult(IReadOnlyList<BatchOperationResult> Results)
{
    /// <summary>Results that did not succeed.</summary>
    public IReadOnlyList<BatchOperationResult> Failures => Results.Where(r => !r.Succeeded).ToList();

    /// <summary>Whether every operation succeeded.</summary>
    public bool AllSucceeded => Results.All(r => r.Succeeded);
}
