using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Pull.Read;

/// <summary>
/// The audiences to pull: every audience a syncing list maps into (<see cref="ListMappingReader"/>), with their static
/// lists and the <c>dmc_blockbulkemailoncleaned</c> of their <c>dmc_audiencesetting</c> row. Two <c>$batch</c> calls.
/// </summary>
public sealed class PullAudienceReader
{
    private readonly BulkFetcher fetcher;

    /// <summary>Initializes a new instance of the <see cref="PullAudienceReader"/> class.</summary>
    /// <param name="client">The Dataverse client.</param>
    public PullAudienceReader(IDataverseClient client) => fetcher = new BulkFetcher(client ?? throw new ArgumentNullException(nameof(client)));

    /// <summary>The audiences, in id order.</summary>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>One entry per audience with at least one syncing list.</returns>
    public async Task<IReadOnlyList<PullAudience>> ReadAsync(CancellationToken cancellationToken)
    {
        var dynamicLists = new DynamicLists();
        var mappings = await new ListMappingReader(fetcher, dynamicLists).ReadAsync([], cancellationToken).ConfigureAwait(false);
        var byAudience = mappings.Syncing.GroupBy(m => m.AudienceId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        if (byAudience.Length == 0)
        {
            return [];
        }

        var settings = new FetchQuery(ReadNames.AudienceSettingTable, [ReadNames.AudienceId, PullNames.BlockBulkEmailOnCleaned]);
        var rows = await fetcher.FetchAsync(
            settings.Chunk(ReadNames.AudienceId, byAudience.Select(g => g.Key).ToArray()).Select(xml => (settings.EntitySet, xml)).ToArray(),
            cancellationToken).ConfigureAwait(false);
        var cleaned = rows
            .Select(r => (Audience: JsonRows.Text(r.Row, ReadNames.AudienceId)?.Trim(), Block: JsonRows.Flag(r.Row, PullNames.BlockBulkEmailOnCleaned)))
            .Where(r => r.Audience is not null)
            .GroupBy(r => r.Audience!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Block, StringComparer.Ordinal);
        return byAudience.Select(g => new PullAudience(
            g.Key,
            g.ToArray(),
            g.Where(m => !dynamicLists.TryGet(m.ListId, out _, out _) && m.MemberTable is TableNames.Contact or TableNames.Lead or TableNames.Account).Select(m => m.ListId).ToHashSet(),
            cleaned.GetValueOrDefault(g.Key))).ToArray();
    }
}
