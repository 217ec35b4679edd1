using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Cli.Commands.Status;

/// <summary>
/// Counts the queue rows per state by paging <c>$select=dmc_state</c>, 5,000 rows a page: one Dataverse call per
/// 5,000 rows. A FetchXML aggregate count would cost one call per state, but the sandbox answers aggregates with 501
/// (its README) and <c>$count</c> stops at 5,000, so the job does not rely on either.
/// </summary>
public static class QueueStateCounter
{
    /// <summary>Rows per page: Dataverse's largest.</summary>
    public const int PageSize = DataverseQueueSource.PageSize;

    /// <summary>The count of every state (zero included) and of <see cref="QueueStateNames.Unknown"/> values when any.</summary>
    /// <param name="client">The Dataverse client.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Counts by state name, in <see cref="QueueStateNames.All"/> order.</returns>
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(IDataverseClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var counts = QueueStateNames.All.ToDictionary(state => state.Name, _ => 0, StringComparer.Ordinal);
        var query = new DataverseQuery(ClaimWebApiNames.QueueItemSet) { Select = [QueueItemFields.State], PageSize = PageSize };
        await foreach (var row in client.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var name = QueueStateNames.Of(JsonRows.Integer(row, QueueItemFields.State));
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        return counts;
    }
}
