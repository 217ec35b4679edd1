using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Reads and writes lease rows: one Dataverse call per method.</summary>
/// <param name="client">The Dataverse client.</param>
internal sealed class LeaseStore(IDataverseClient client)
{
    private static readonly string[] Columns = [ClaimWebApiNames.SyncStateId, ClaimWebApiNames.LeaseOwner, ClaimWebApiNames.LeaseExpiresOn];

    // Microsoft's advice for return=representation: select the primary key only (each answer costs the service a Retrieve).
    private static readonly string[] IdColumn = [ClaimWebApiNames.SyncStateId];

    /// <summary>The row named <paramref name="name"/>, or null (one GET with <c>$filter</c>; the sandbox serves no alternate-key paths).</summary>
    public async Task<LeaseRow?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var query = new DataverseQuery(ClaimWebApiNames.SyncStateSet)
        {
            Select = Columns,
            Filter = $"{ClaimWebApiNames.SyncStateName} eq '{name.Replace("'", "''", StringComparison.Ordinal)}'",
        };
        await foreach (var row in client.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            return LeaseRow.From(row);
        }

        return null;
    }

    /// <summary>The row with id <paramref name="id"/>, or null.</summary>
    public async Task<LeaseRow?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await client.RetrieveAsync(ClaimWebApiNames.SyncStateSet, EntityKey.FromId(id), Columns, cancellationToken).ConfigureAwait(false);
        return row is { } found ? LeaseRow.From(found) : null;
    }

    /// <summary>
    /// Creates the row held by <paramref name="owner"/> and asks for its id back (<c>Prefer: return=representation</c>), so
    /// the result carries the ETag the first renewal or release is guarded by. Null when another instance created it first
    /// (duplicate key).
    /// </summary>
    public async Task<WriteResult?> CreateAsync(string name, string owner, DateTimeOffset expiresOn, CancellationToken cancellationToken)
    {
        var record = Values(owner, expiresOn);
        record[ClaimWebApiNames.SyncStateName] = name;
        try
        {
            var result = await client.CreateReturningAsync(ClaimWebApiNames.SyncStateSet, record, IdColumn, cancellationToken).ConfigureAwait(false);
            return result is { Succeeded: true, EntityId: not null } ? result : null;
        }
        catch (DataverseApiException exception) when (IsDuplicate(exception.ErrorCode))
        {
            // Dataverse answers a duplicate alternate key with 412 (a PreconditionFailed result); another status
            // carrying a duplicate code means the same thing: the other instance's create won.
            return null;
        }
    }

    /// <summary>
    /// Writes owner and expiry if the row still has <paramref name="etag"/> and asks for the row back with its id only
    /// (<c>Prefer: return=representation</c>, <c>$select</c> of the primary key): the result carries the new ETag, so the
    /// next renewal or release is one guarded PATCH. Not succeeded on 412 or a deleted row.
    /// </summary>
    public Task<WriteResult> WriteAsync(Guid id, string etag, string owner, DateTimeOffset expiresOn, CancellationToken cancellationToken) =>
        client.UpdateReturningAsync(ClaimWebApiNames.SyncStateSet, id, Values(owner, expiresOn), etag, IdColumn, cancellationToken);

    /// <summary>Clears owner and expiry if the row still has <paramref name="etag"/> (nothing chains on it: no row asked back).</summary>
    public Task<WriteResult> ClearAsync(Guid id, string etag, CancellationToken cancellationToken) =>
        client.UpdateAsync(ClaimWebApiNames.SyncStateSet, id, Values(null, null), etag, cancellationToken);

    private static bool IsDuplicate(string code) =>
        string.Equals(code, ClaimWebApiNames.DuplicateKeyCode, StringComparison.OrdinalIgnoreCase)
        || string.Equals(code, ClaimWebApiNames.DuplicateRecordCode, StringComparison.OrdinalIgnoreCase);

    private static JsonObject Values(string? owner, DateTimeOffset? expiresOn) => new()
    {
        [ClaimWebApiNames.LeaseOwner] = owner,
        [ClaimWebApiNames.LeaseExpiresOn] = expiresOn is { } moment ? WebApiDates.Format(moment) : null,
    };
}
