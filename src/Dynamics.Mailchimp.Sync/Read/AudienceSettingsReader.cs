using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// Reads <c>dmc_audiencesettings</c> and <c>dmc_mergefieldmappings</c> of the audiences, both in one <c>$batch</c> call.
/// An audience without a settings row gets the defaults; an empty choice means its default. The Customer Insights –
/// Journeys ids are read with the rest (no extra call); a wrong one fails the read (<see cref="JourneysSettingException"/>).
/// </summary>
/// <param name="fetcher">Runs the queries.</param>
internal sealed class AudienceSettingsReader(BulkFetcher fetcher)
{
    private static readonly string[] SettingColumns =
    [
        ReadNames.AudienceId, ReadNames.NewMemberStatus, ReadNames.LeaveAction, ReadNames.Repermission,
        ReadNames.PurposeId, ReadNames.TopicId, ReadNames.ComplianceProfileId,
    ];
    private static readonly string[] MappingColumns = [ReadNames.AudienceId, ReadNames.MemberTable, ReadNames.Column, ReadNames.MergeTag];

    /// <summary>The settings of each audience, read in one <c>$batch</c> call.</summary>
    /// <param name="audienceIds">The Mailchimp audience ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Each audience's settings.</returns>
    public async Task<IReadOnlyDictionary<string, AudienceSettings>> ReadAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken)
    {
        var ids = audienceIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<string, AudienceSettings>(StringComparer.Ordinal);
        }

        var rows = await FetchAsync(
            settings => settings.Chunk(ReadNames.AudienceId, ids),
            mappings => mappings.Chunk(ReadNames.AudienceId, ids),
            cancellationToken).ConfigureAwait(false);
        return ids.ToDictionary(id => id, rows.For, StringComparer.Ordinal);
    }

    /// <summary>
    /// Every settings row and merge-field mapping, whatever its audience, in one <c>$batch</c> call: a run reads them
    /// beside its list mappings instead of after them (an organization has a few audiences, so a few rows).
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows, which give any audience's settings.</returns>
    public Task<AudienceSettingsRows> ReadAllAsync(CancellationToken cancellationToken) =>
        FetchAsync(settings => [settings.ToFetchXml()], mappings => [mappings.ToFetchXml()], cancellationToken);

    private async Task<AudienceSettingsRows> FetchAsync(
        Func<FetchQuery, IReadOnlyList<string>> settingQueries, Func<FetchQuery, IReadOnlyList<string>> mappingQueries, CancellationToken cancellationToken)
    {
        var settings = new FetchQuery(ReadNames.AudienceSettingTable, SettingColumns);
        var mappings = new FetchQuery(ReadNames.MergeFieldMappingTable, MappingColumns);
        var queries = settingQueries(settings).Select(xml => (settings.EntitySet, xml))
            .Concat(mappingQueries(mappings).Select(xml => (mappings.EntitySet, xml)))
            .ToArray();
        var rows = await fetcher.FetchAsync(queries, cancellationToken).ConfigureAwait(false);
        return new AudienceSettingsRows(
            [.. rows.Where(r => queries[r.Query].EntitySet == settings.EntitySet).Select(r => r.Row)],
            [.. rows.Where(r => queries[r.Query].EntitySet == mappings.EntitySet).Select(r => r.Row)]);
    }
}
