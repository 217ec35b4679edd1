using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Dataverse;

public partial interface IDataverseClient
{
    /// <summary>
    /// Sends operations as <c>$batch</c> requests of at most <see cref="DataverseClientOptions.MaxBatchOperations"/> operations
    /// (changesets are never split), up to <see cref="DataverseClientOptions.MaxParallelBatches"/> of them at once, and
    /// returns one result per operation. Does not throw for failed operations or batches.
    /// </summary>
    /// <param name="operations">The operations.</param>
    /// <param name="continueOnError">Send <c>Prefer: odata.continue-on-error</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Per-operation results in input order.</returns>
    Task<BatchResult> ExecuteBatchAsync(IReadOnlyList<BatchOperation> operations, bool continueOnError = true, CancellationToken cancellationToken = default);
}
