using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Cli.Commands.Status;

/// <summary>Reads every <c>dmc_syncstate</c> row (a handful: the leases and the checkpoints) in one call.</summary>
public static class SyncStateReader
{
    /// <summary>
    /// The checkpoint value column of <c>dmc_syncstate</c> (solution/src/Entities/dmc_syncstate/Entity.xml); the engine
    /// writes none yet, so its name is not in <see cref="ClaimWebApiNames"/>.
    /// </summary>
    public const string Value = "dmc_value";

    private static readonly string[] Columns =
    [
        ClaimWebApiNames.SyncStateName, ClaimWebApiNames.LeaseOwner, ClaimWebApiNames.LeaseExpiresOn, Value, ClaimWebApiNames.ModifiedOn,
    ];

    /// <summary>The rows, ordered by name.</summary>
    /// <param name="client">The Dataverse client.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows.</returns>
    public static async Task<IReadOnlyList<SyncStateRow>> ReadAsync(IDataverseClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var query = new DataverseQuery(ClaimWebApiNames.SyncStateSet) { Select = Columns, OrderBy = ClaimWebApiNames.SyncStateName + " asc" };
        var rows = new List<SyncStateRow>();
        await foreach (var row in client.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new SyncStateRow(
                JsonRows.Text(row, ClaimWebApiNames.SyncStateName) ?? string.Empty,
                JsonRows.Text(row, ClaimWebApiNames.LeaseOwner),
                JsonRows.Instant(row, ClaimWebApiNames.LeaseExpiresOn),
                JsonRows.Text(row, Value),
                JsonRows.Instant(row, ClaimWebApiNames.ModifiedOn)));
        }

        return rows;
    }
}
