using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse;

/// <summary>
/// A base for decorators of <see cref="IDataverseClient"/> (as <see cref="System.Net.Http.DelegatingHandler"/> is for
/// handlers): every member forwards to <see cref="Inner"/> and may be overridden, for example to count, hold back or
/// fail calls around the real client. <c>UpsertMultipleAsync</c> keeps the interface's default, which sends the bulk
/// request through <see cref="ExecuteBatchAsync"/>, so a decorator of <c>$batch</c> sees it too.
/// </summary>
/// <param name="inner">The client calls are forwarded to.</param>
public abstract class DelegatingDataverseClient(IDataverseClient inner) : IDataverseClient
{
    /// <summary>Gets the client calls are forwarded to.</summary>
    protected IDataverseClient Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc/>
    public virtual Task<WhoAmIResult> WhoAmIAsync(CancellationToken cancellationToken = default) => Inner.WhoAmIAsync(cancellationToken);

    /// <inheritdoc/>
    public virtual IAsyncEnumerable<JsonElement> QueryAsync(DataverseQuery query, CancellationToken cancellationToken = default) => Inner.QueryAsync(query, cancellationToken);

    /// <inheritdoc/>
    public virtual IAsyncEnumerable<JsonElement> QueryFetchXmlAsync(string entitySetName, string fetchXml, CancellationToken cancellationToken = default) =>
        Inner.QueryFetchXmlAsync(entitySetName, fetchXml, cancellationToken);

    /// <inheritdoc/>
    public virtual IAsyncEnumerable<ChangeTrackingPage> TrackChangesAsync(string entitySetName, IReadOnlyList<string> select, string? deltaLink, CancellationToken cancellationToken = default) =>
        Inner.TrackChangesAsync(entitySetName, select, deltaLink, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<JsonElement?> RetrieveAsync(string entitySetName, EntityKey key, IReadOnlyList<string> select, CancellationToken cancellationToken = default) =>
        Inner.RetrieveAsync(entitySetName, key, select, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<WriteResult> CreateAsync(string entitySetName, JsonObject record, CancellationToken cancellationToken = default) =>
        Inner.CreateAsync(entitySetName, record, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<WriteResult> UpdateAsync(string entitySetName, Guid id, JsonObject changes, string? etag = null, CancellationToken cancellationToken = default) =>
        Inner.UpdateAsync(entitySetName, id, changes, etag, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<WriteResult> CreateReturningAsync(string entitySetName, JsonObject record, IReadOnlyList<string> select, CancellationToken cancellationToken = default) =>
        Inner.CreateReturningAsync(entitySetName, record, select, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<WriteResult> UpdateReturningAsync(string entitySetName, Guid id, JsonObject changes, string? etag, IReadOnlyList<string> select, CancellationToken cancellationToken = default) =>
        Inner.UpdateReturningAsync(entitySetName, id, changes, etag, select, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<WriteResult> UpsertAsync(string entitySetName, EntityKey key, JsonObject record, UpsertMode mode = UpsertMode.CreateOrUpdate, CancellationToken cancellationToken = default) =>
        Inner.UpsertAsync(entitySetName, key, record, mode, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<WriteResult> DeleteAsync(string entitySetName, Guid id, string? etag = null, CancellationToken cancellationToken = default) =>
        Inner.DeleteAsync(entitySetName, id, etag, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<JsonElement?> ExecuteActionAsync(string actionName, JsonObject? parameters, CancellationToken cancellationToken = default) =>
        Inner.ExecuteActionAsync(actionName, parameters, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<JsonElement?> ExecuteBoundActionAsync(string entitySetName, Guid id, string actionName, JsonObject? parameters, CancellationToken cancellationToken = default) =>
        Inner.ExecuteBoundActionAsync(entitySetName, id, actionName, parameters, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<BatchResult> ExecuteBatchAsync(IReadOnlyList<BatchOperation> operations, bool continueOnError = true, CancellationToken cancellationToken = default) =>
        Inner.ExecuteBatchAsync(operations, continueOnError, cancellationToken);
}
