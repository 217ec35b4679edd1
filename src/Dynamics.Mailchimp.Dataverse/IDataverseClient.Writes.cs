using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse;

public partial interface IDataverseClient
{
    /// <summary>Creates a row (POST); the id is read from <c>OData-EntityId</c>.</summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="record">Column values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result; 412 (duplicate) is <see cref="WriteOutcome.PreconditionFailed"/>.</returns>
    Task<WriteResult> CreateAsync(string entitySetName, JsonObject record, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a row like <see cref="CreateAsync"/> and asks for it back (<c>Prefer: return=representation</c> with
    /// <c>$select</c>): the answer is 201 with the row, and <see cref="WriteResult.ETag"/> is its <c>@odata.etag</c>, so a
    /// first guarded write needs no read. The id comes from <c>OData-EntityId</c> or, where the answer has none (the
    /// documented example shows none), from the first selected column: name the primary key first.
    /// </summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="record">Column values.</param>
    /// <param name="select">Columns of the returned row, the primary key first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>As <see cref="CreateAsync"/>; <see cref="WriteResult.ETag"/> is null when the service answered 204 without the row.</returns>
    Task<WriteResult> CreateReturningAsync(string entitySetName, JsonObject record, IReadOnlyList<string> select, CancellationToken cancellationToken = default);

    /// <summary>Updates an existing row (PATCH with <c>If-Match</c>: the ETag, or <c>*</c> so it never creates).</summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="id">Row id.</param>
    /// <param name="changes">Changed columns only.</param>
    /// <param name="etag">Expected ETag such as <c>W/"468026"</c> for optimistic concurrency, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result; a stale ETag gives <see cref="WriteOutcome.PreconditionFailed"/>, a missing row <see cref="WriteOutcome.NotFound"/>.</returns>
    Task<WriteResult> UpdateAsync(string entitySetName, Guid id, JsonObject changes, string? etag = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Updates an existing row like <see cref="UpdateAsync"/> and asks for it back (<c>Prefer: return=representation</c>
    /// with <c>$select</c>): the answer is 200 with the row, and <see cref="WriteResult.ETag"/> is its new <c>@odata.etag</c>,
    /// so the next guarded write chains on it without reading the row first.
    /// </summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="id">Row id.</param>
    /// <param name="changes">Changed columns only.</param>
    /// <param name="etag">Expected ETag for optimistic concurrency, or <see langword="null"/> (<c>If-Match: *</c>).</param>
    /// <param name="select">Columns of the returned row, at least one; the primary key alone keeps it small (each answer costs the service a Retrieve).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>As <see cref="UpdateAsync"/>; <see cref="WriteResult.ETag"/> is null when the service answered 204 without the row.</returns>
    Task<WriteResult> UpdateReturningAsync(string entitySetName, Guid id, JsonObject changes, string? etag, IReadOnlyList<string> select, CancellationToken cancellationToken = default);

    /// <summary>Upserts a row by id or alternate key (PATCH).</summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="key">Row key.</param>
    /// <param name="record">Column values.</param>
    /// <param name="mode">Create-or-update (default), create only (<c>If-None-Match: *</c>) or update only (<c>If-Match: *</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    Task<WriteResult> UpsertAsync(string entitySetName, EntityKey key, JsonObject record, UpsertMode mode = UpsertMode.CreateOrUpdate, CancellationToken cancellationToken = default);

    /// <summary>Deletes a row, optionally only if its ETag matches.</summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="id">Row id.</param>
    /// <param name="etag">Expected ETag, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    Task<WriteResult> DeleteAsync(string entitySetName, Guid id, string? etag = null, CancellationToken cancellationToken = default);

    /// <summary>Calls an unbound action (<c>POST /&lt;action&gt;</c>).</summary>
    /// <param name="actionName">Action name, e.g. <c>AddListMembersList</c>.</param>
    /// <param name="parameters">Parameters, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response body, or <see langword="null"/> for 204.</returns>
    Task<JsonElement?> ExecuteActionAsync(string actionName, JsonObject? parameters, CancellationToken cancellationToken = default);

    /// <summary>Calls an action bound to a row (<c>POST /&lt;set&gt;(&lt;id&gt;)/Microsoft.Dynamics.CRM.&lt;action&gt;</c>).</summary>
    /// <param name="entitySetName">Entity set of the bound row.</param>
    /// <param name="id">Bound row id.</param>
    /// <param name="actionName">Action name; the namespace is added when missing.</param>
    /// <param name="parameters">Parameters, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response body, or <see langword="null"/> for 204.</returns>
    Task<JsonElement?> ExecuteBoundActionAsync(string entitySetName, Guid id, string actionName, JsonObject? parameters, CancellationToken cancellationToken = default);
}
