using System.Globalization;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Checkpoint;

/// <summary>
/// Reads every campaign's activity checkpoint (<c>dmc_syncstate</c> rows named <c>checkpoint:activity:&lt;campaign id&gt;</c>,
/// <c>dmc_value</c> an ISO 8601 time) in one query. A value that is not a time reads as no checkpoint: the campaign is
/// imported again from the retention limit, which rewrites rows under their keys and duplicates nothing.
/// </summary>
/// <param name="client">The Dataverse client.</param>
internal sealed class ActivityCheckpoints(IDataverseClient client)
{
    private const string SyncStateTable = "dmc_syncstate";

    /// <summary>The checkpoint of each campaign that has one.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Checkpoints by campaign id.</returns>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> ReadAsync(CancellationToken cancellationToken)
    {
        var fetch = new FetchQuery(SyncStateTable, [ClaimWebApiNames.SyncStateName, ActivityNames.CheckpointValue])
            .Where(ClaimWebApiNames.SyncStateName, "begins-with", ActivityNames.CheckpointPrefix)
            .ToFetchXml();
        var rows = await new BulkFetcher(client).FetchAsync([(ClaimWebApiNames.SyncStateSet, fetch)], cancellationToken).ConfigureAwait(false);
        var checkpoints = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (_, row) in rows)
        {
            var name = JsonRows.Text(row, ClaimWebApiNames.SyncStateName);
            var value = JsonRows.Text(row, ActivityNames.CheckpointValue);
            if (name is null || !name.StartsWith(ActivityNames.CheckpointPrefix, StringComparison.Ordinal)
                || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var through))
            {
                continue;
            }

            checkpoints[name[ActivityNames.CheckpointPrefix.Length..]] = through;
        }

        return checkpoints;
    }
}
