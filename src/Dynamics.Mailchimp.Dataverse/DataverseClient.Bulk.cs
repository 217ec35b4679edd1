using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Dataverse;

public sealed partial class DataverseClient
{
    /// <inheritdoc />
    public async Task<BatchResult> UpsertMultipleAsync(string entitySetName, string logicalName, IReadOnlyList<JsonObject> targets, CancellationToken cancellationToken = default)
    {
        var operation = BatchOperation.UpsertMultiple(entitySetName, logicalName, targets);
        using var request = _requests.Create(HttpMethod.Post, _requests.BuildUri(operation.RelativeUri, isWrite: true), operation.Body);
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return new BatchResult(targets.Select((_, i) => new BatchOperationResult(i, BatchOutcome.Succeeded, response.StatusCode, null, null, null, null)).ToList());
        }

        // On a standard table the request is one transaction: its error is every target's (none was written).
        var error = await CreateExceptionAsync(response, request, cancellationToken).ConfigureAwait(false);
        return new BatchResult(targets.Select((_, i) => new BatchOperationResult(i, BatchOutcome.Failed, error.StatusCode, null, null, error.Error, null)).ToList());
    }
}
