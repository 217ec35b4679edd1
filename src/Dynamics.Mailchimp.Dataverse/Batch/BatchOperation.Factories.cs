using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Validation;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Batch;

public sealed partial record BatchOperation
{
    /// <summary>POST a new row.</summary>
    /// <param name="entitySetName">Entity set, e.g. <c>contacts</c>.</param>
    /// <param name="record">Column values.</param>
    /// <returns>The operation.</returns>
    public static BatchOperation Create(string entitySetName, JsonObject record) =>
        new(HttpMethod.Post, DataverseNames.EntitySet(entitySetName), Require(record));

    /// <summary>PATCH an existing row; <c>If-Match</c> is the ETag, or <c>*</c> so it never creates.</summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="id">Row id.</param>
    /// <param name="changes">Changed columns only.</param>
    /// <param name="etag">Expected ETag (optimistic concurrency), or <see langword="null"/> for <c>*</c>.</param>
    /// <returns>The operation.</returns>
    public static BatchOperation Update(string entitySetName, Guid id, JsonObject changes, string? etag = null) =>
        new(HttpMethod.Patch, DataverseNames.EntitySet(entitySetName) + EntityKey.FromId(id), Require(changes))
        {
            IfMatch = DataverseNames.ETag(etag ?? "*").ToString(),
        };

    /// <summary>PATCH upsert by id or alternate key.</summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="key">Row key.</param>
    /// <param name="record">Column values.</param>
    /// <param name="mode">Create-or-update, create only or update only.</param>
    /// <returns>The operation.</returns>
    public static BatchOperation Upsert(string entitySetName, EntityKey key, JsonObject record, UpsertMode mode = UpsertMode.CreateOrUpdate)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(HttpMethod.Patch, DataverseNames.EntitySet(entitySetName) + key, Require(record))
        {
            IfMatch = mode == UpsertMode.UpdateOnly ? "*" : null,
            IfNoneMatch = mode == UpsertMode.CreateOnly ? "*" : null,
        };
    }

    /// <summary>DELETE a row, optionally only if its ETag matches.</summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="id">Row id.</param>
    /// <param name="etag">Expected ETag, or <see langword="null"/>.</param>
    /// <returns>The operation.</returns>
    public static BatchOperation Delete(string entitySetName, Guid id, string? etag = null) =>
        new(HttpMethod.Delete, DataverseNames.EntitySet(entitySetName) + EntityKey.FromId(id), null)
        {
            IfMatch = etag is null ? null : DataverseNames.ETag(etag).ToString(),
        };

    /// <summary>GET one row.</summary>
    /// <param name="entitySetName">Entity set.</param>
    /// <param name="id">Row id.</param>
    /// <param name="select">Columns to return.</param>
    /// <returns>The operation.</returns>
    public static BatchOperation Retrieve(string entitySetName, Guid id, IReadOnlyList<string> select)
    {
        ArgumentNullException.ThrowIfNull(select);
        var query = select.Count == 0 ? string.Empty : "?$select=" + string.Join(',', select.Select(c => DataverseNames.Column(c, nameof(select))));
        return new(HttpMethod.Get, DataverseNames.EntitySet(entitySetName) + EntityKey.FromId(id) + query, null);
    }

    /// <summary>
    /// GET the rows of a FetchXML query (<c>&lt;set&gt;?fetchXml=…</c>): one page, as the fetch's <c>count</c> or <c>top</c> says
    /// (inside <c>$batch</c> a GET URL may be 64 KB, twice the limit of a plain GET).
    /// </summary>
    /// <param name="entitySetName">Entity set of the fetch's entity, e.g. <c>contacts</c>.</param>
    /// <param name="fetchXml">The FetchXML, sent URL-encoded.</param>
    /// <param name="prefer">A <c>Prefer</c> value for this request, e.g. the annotations to include, or <see langword="null"/>.</param>
    /// <returns>The operation.</returns>
    public static BatchOperation FetchXml(string entitySetName, string fetchXml, string? prefer = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fetchXml);
        return new(HttpMethod.Get, FetchXmlUri.Relative(DataverseNames.EntitySet(entitySetName), fetchXml), null) { Prefer = prefer };
    }

    /// <summary>POST an action, bound to a row when <paramref name="boundEntitySetName"/> is given.</summary>
    /// <param name="actionName">Action name, e.g. <c>AddMemberList</c> (bound actions get the <c>Microsoft.Dynamics.CRM.</c> prefix).</param>
    /// <param name="parameters">Action parameters.</param>
    /// <param name="boundEntitySetName">Entity set of the bound row, or <see langword="null"/> for an unbound action.</param>
    /// <param name="boundId">Id of the bound row.</param>
    /// <returns>The operation.</returns>
    public static BatchOperation Action(string actionName, JsonObject? parameters, string? boundEntitySetName = null, Guid? boundId = null) =>
        new(HttpMethod.Post, ActionPaths.Build(actionName, boundEntitySetName, boundId), parameters ?? new JsonObject());

    private static JsonObject Require(JsonObject record) => record ?? throw new ArgumentNullException(nameof(record));
}
