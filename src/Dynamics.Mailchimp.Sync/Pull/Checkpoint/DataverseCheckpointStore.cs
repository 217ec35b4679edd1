using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Pull.Checkpoint;

/// <summary>
/// Checkpoints on <c>dmc_syncstate</c> rows (<c>dmc_name</c> the key, <c>dmc_value</c> the time, ISO 8601 UTC): one
/// GET to read; a write is one <c>PATCH If-Match: *</c> once the row is known, or a create the first time (a
/// duplicate-key answer means another instance created it: the row is read and updated).
/// </summary>
/// <param name="client">The job's Dataverse client (its writes tagged, so no plug-in queues them).</param>
public sealed class DataverseCheckpointStore(IDataverseClient client) : ICheckpointStore
{
    private static readonly string[] Columns = [ClaimWebApiNames.SyncStateId, CheckpointNames.Value];
    private readonly ConcurrentDictionary<string, Guid> rowIds = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public async Task<DateTimeOffset?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var row = await FindAsync(name, cancellationToken).ConfigureAwait(false);
        return row?.Value;
    }

    /// <inheritdoc/>
    public async Task WriteAsync(string name, DateTimeOffset value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var changes = new JsonObject { [CheckpointNames.Value] = WebApiDates.Format(value) };
        if (!rowIds.TryGetValue(name, out var id))
        {
            id = (await FindAsync(name, cancellationToken).ConfigureAwait(false))?.Id ?? Guid.Empty;
        }

        if (id == Guid.Empty)
        {
            var created = new JsonObject
            {
                [ClaimWebApiNames.SyncStateName] = name,
                [CheckpointNames.Value] = WebApiDates.Format(value),
                [CheckpointNames.Description] = "Where the member-status pull of this audience resumes: Mailchimp's last_changed (inclusive).",
            };
            try
            {
                var result = await client.CreateAsync(ClaimWebApiNames.SyncStateSet, created, cancellationToken).ConfigureAwait(false);
                if (result.Succeeded && result.EntityId is { } newId)
                {
                    rowIds[name] = newId;
                    return;
                }
            }
            catch (DataverseApiException e) when (IsDuplicate(e.ErrorCode))
            {
                // Another instance created the row first: update it below.
            }

            id = (await FindAsync(name, cancellationToken).ConfigureAwait(false))?.Id
                ?? throw new CheckpointWriteException($"The checkpoint '{name}' could not be created in dmc_syncstate.");
        }

        var update = await client.UpdateAsync(ClaimWebApiNames.SyncStateSet, id, changes, etag: null, cancellationToken).ConfigureAwait(false);
        if (!update.Succeeded)
        {
            rowIds.TryRemove(name, out _);
            throw new CheckpointWriteException(string.Create(CultureInfo.InvariantCulture, $"The checkpoint '{name}' (dmc_syncstate {id:D}) was not written."));
        }

        rowIds[name] = id;
    }

    private static bool IsDuplicate(string code) =>
        string.Equals(code, ClaimWebApiNames.DuplicateKeyCode, StringComparison.OrdinalIgnoreCase)
        || string.Equals(code, ClaimWebApiNames.DuplicateRecordCode, StringComparison.OrdinalIgnoreCase);

    private async Task<(Guid Id, DateTimeOffset? Value)?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var query = new DataverseQuery(ClaimWebApiNames.SyncStateSet)
        {
            Select = Columns,
            Filter = $"{ClaimWebApiNames.SyncStateName} eq '{name.Replace("'", "''", StringComparison.Ordinal)}'",
        };
        await foreach (var row in client.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var id = JsonRows.Id(row, ClaimWebApiNames.SyncStateId) ?? throw new CheckpointWriteException($"The dmc_syncstate row '{name}' has no id.");
            rowIds[name] = id;
            return (id, JsonRows.Instant(row, CheckpointNames.Value));
        }

        return null;
    }
}
