using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>
/// The audiences an erasure covers: every audience a list with sync on maps into (active or not,
/// <see cref="ListMappingReader"/>), and every audience with a <c>dmc_audiencesetting</c> row (configured, perhaps
/// with its lists switched off since). Two <c>$batch</c> calls; ordered by id.
/// </summary>
/// <param name="client">The Dataverse client.</param>
public sealed class MappedAudienceReader(IDataverseClient client)
{
    /// <summary>Reads the audience ids.</summary>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The distinct ids, in ordinal order.</returns>
    public async Task<IReadOnlyList<string>> ReadAsync(CancellationToken cancellationToken)
    {
        var fetcher = new BulkFetcher(client);
        var mappings = await new ListMappingReader(fetcher, new DynamicLists()).ReadAsync([], cancellationToken).ConfigureAwait(false);
        var settings = new FetchQuery(ReadNames.AudienceSettingTable, [ReadNames.PrimaryKey(ReadNames.AudienceSettingTable), ReadNames.AudienceId]);
        var rows = await fetcher.FetchAsync([(settings.EntitySet, settings.ToFetchXml())], cancellationToken).ConfigureAwait(false);
        return mappings.Audiences
            .Concat(rows.Select(r => JsonRows.Text(r.Row, ReadNames.AudienceId)?.Trim()).OfType<string>().Where(id => id.Length > 0))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
