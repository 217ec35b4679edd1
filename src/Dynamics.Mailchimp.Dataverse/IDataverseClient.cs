using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse;

/// <summary>
/// Dataverse Web API client (OData v4). Names and ids are validated before any request is sent (<see cref="ArgumentException"/>);
/// unexpected HTTP failures throw <see cref="Errors.DataverseApiException"/>; 404/412 on writes are typed results; batches return per-operation results.
/// </summary>
public partial interface IDataverseClient
{
    /// <summary>Connectivity check: <c>GET WhoAmI</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The connected user, business unit and organization.</returns>
    Task<WhoAmIResult> WhoAmIAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams the rows of an OData query, one page in memory at a time; the next page is requested only when enumeration reaches it.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The rows.</returns>
    IAsyncEnumerable<JsonElement> QueryAsync(DataverseQuery query, CancellationToken cancellationToken = default);

    /// <summary>Streams the rows of a FetchXML query (<c>GET /&lt;set&gt;?fetchXml=…</c>), paging with the paging cookie.</summary>
    /// <param name="entitySetName">Entity set of the fetch's entity, e.g. <c>contacts</c>.</param>
    /// <param name="fetchXml">The FetchXML; <c>count</c> defaults to <see cref="DataverseClientOptions.MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The rows.</returns>
    IAsyncEnumerable<JsonElement> QueryFetchXmlAsync(string entitySetName, string fetchXml, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads changes with <c>Prefer: odata.track-changes</c>: all rows when <paramref name="deltaLink"/> is null, else the changes since that link.
    /// The last page carries the new delta link. The table must have change tracking enabled.
    /// </summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="select">Columns (no <c>$filter</c>, <c>$orderby</c> or <c>$top</c> are allowed with change tracking).</param>
    /// <param name="deltaLink">The delta link stored from the previous read, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The pages.</returns>
    IAsyncEnumerable<ChangeTrackingPage> TrackChangesAsync(
        string entitySetName, IReadOnlyList<string> select, string? deltaLink, CancellationToken cancellationToken = default);

    /// <summary>Reads one row, or <see langword="null"/> when it does not exist.</summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="key">Row key.</param>
    /// <param name="select">Columns.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The row or null.</returns>
    Task<JsonElement?> RetrieveAsync(string entitySetName, EntityKey key, IReadOnlyList<string> select, CancellationToken cancellationToken = default);
}
