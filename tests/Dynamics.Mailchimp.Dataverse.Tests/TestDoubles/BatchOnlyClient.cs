using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

/// <summary>A client that forwards every member it must implement and keeps the interface's default <c>UpsertMultipleAsync</c>.</summary>
internal sealed class BatchOnlyClient(IDataverseClient inner) : IDataverseClient
{
    public Task<BatchResult> ExecuteBatchAsync(IReadOnlyList<BatchOperation> operations, bool continueOnError = true, CancellationToken cancellationToken = default) =>
        inner.ExecuteBatchAsync(operations, continueOnError, cancellationToken);

    public Task<WhoAmIResult> WhoAmIAsync(CancellationToken cancellationToken = default) => inner.WhoAmIAsync(cancellationToken);

    public IAsyncEnumerable<JsonElement> QueryAsync(DataverseQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);

    public IAsyncEnumerable<JsonElement> QueryFetchXmlAsync(string entitySetName, string fetchXml, CancellationToken cancellationToken = default) =>
        inner.QueryFetchXmlAsync(entitySetName, fetchXml, cancellationToken);

    public IAsyncEnumerable<ChangeTrackingPage> TrackChangesAsync(string entitySetName, IReadOnlyList<string> select, string? deltaLink, CancellationToken cancellationToken = default) =>
        inner.TrackChangesAsync(entitySetName, select, deltaLink, cancellationToken);

    public Task<JsonElement?> RetrieveAsync(string entitySetName, EntityKey key, IReadOnlyList<string> select, CancellationToken cancellationToken = default) =>
        inner.RetrieveAsync(entitySetName, key, select, cancellationToken);

    public Task<WriteResult> CreateAsync(string entitySetName, JsonObject record, CancellationToken cancellationToken = default) => inner.CreateAsync(entitySetName, record, cancellationToken);

    public Task<WriteResult> UpdateAsync(string entitySetName, Guid id, JsonObject changes, string? etag = null, CancellationToken cancellationToken = default) =>
        inner.UpdateAsync(entitySetName, id, changes, etag, cancellationToken);

    public Task<WriteResult> UpsertAsync(string entitySetName, EntityKey key, JsonObject record, UpsertMode mode = UpsertMode.CreateOrUpdate, CancellationToken cancellationToken = default) =>
        inner.UpsertAsync(entitySetName, key, record, mode, cancellationToken);

    public Task<WriteResult> DeleteAsync(string entitySetName, Guid id, string? etag = null, CancellationToken cancellationToken = default) => inner.DeleteAsync(entitySetName, id, etag, cancellationToken);

    public Task<JsonElement?> ExecuteActionAsync(string actionName, JsonObject? parameters, CancellationToken cancellationToken = default) =>
        inner.ExecuteActionAsync(actionName, parameters, cancellationToken);

    public Task<JsonElement?> ExecuteBoundActionAsync(string entitySetName, Guid id, string actionName, JsonObject? parameters, CancellationToken cancellationToken = default) =>
        inner.ExecuteBoundActionAsync(entitySetName, id, actionName, parameters, cancellationToken);
}
