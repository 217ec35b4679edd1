using System.Text.Json.Nodes;
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

    /// <summary>
    /// Sends <see cref="BatchOperation.UpsertMultiple"/> as one request and returns one result per target: all succeeded, or,
    /// since the request is one transaction on a standard table, all failed with its error. Does not throw for a refused request.
    /// The default sends it as a one-operation <c>$batch</c>; <see cref="DataverseClient"/> posts it directly.
    /// </summary>
    /// <param name="entitySetName">Entity set, e.g. <c>dmc_emailactivities</c>.</param>
    /// <param name="logicalName">The table's logical name.</param>
    /// <param name="targets">The rows, each with its primary key column.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Per-target results in input order.</returns>
    async Task<BatchResult> UpsertMultipleAsync(string entitySetName, string logicalName, IReadOnlyList<JsonObject> targets, CancellationToken cancellationToken = default)
    {
        var result = (await ExecuteBatchAsync([BatchOperation.UpsertMultiple(entitySetName, logicalName, targets)], false, cancellationToken).ConfigureAwait(false)).Results[0];
        return new BatchResult(targets.Select((_, i) => result with { Index = i }).ToList());
    }
}
