using System.Text.Json;
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

    public async Task<IReadOnlyDictionary<string, AudienceSettings>> ReadAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken)
    {
        var ids = audienceIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<string, AudienceSettings>(StringComparer.Ordinal);
        }

        var settings = new FetchQuery(ReadNames.AudienceSettingTable, SettingColumns);
        var mappings = new FetchQuery(ReadNames.MergeFieldMappingTable, MappingColumns);
        var queries = settings.Chunk(ReadNames.AudienceId, ids).Select(xml => (settings.EntitySet, xml))
            .Concat(mappings.Chunk(ReadNames.AudienceId, ids).Select(xml => (mappings.EntitySet, xml)))
            .ToArray();
        var rows = await fetcher.FetchAsync(queries, cancellationToken).ConfigureAwait(false);
        var settingRows = rows.Where(r => queries[r.Query].EntitySet == settings.EntitySet).Select(r => r.Row).ToArray();
        var mappingRows = rows.Where(r => queries[r.Query].EntitySet == mappings.EntitySet).Select(r => r.Row).ToArray();
        return ids.ToDictionary(id => id, id => ToSettings(id, settingRows, mappingRows), StringComparer.Ordinal);
    }

    // Dataverse compares the audience id case-insensitively; Mailchimp ids are lower-case, so the match here is too.
    private static AudienceSettings ToSettings(string audienceId, IEnumerable<JsonElement> settingRows, IEnumerable<JsonElement> mappingRows)
    {
        bool Same(JsonElement row) => string.Equals(JsonRows.Text(row, ReadNames.AudienceId)?.Trim(), audienceId, StringComparison.OrdinalIgnoreCase);
        var mappings = mappingRows.Where(Same).Select(ToMapping).OfType<MergeFieldMapping>().Distinct().ToArray();
        if (settingRows.FirstOrDefault(Same) is not { ValueKind: JsonValueKind.Object } row)
        {
            return AudienceSettings.For(audienceId) with { MergeFieldMappings = mappings };
        }

        return new AudienceSettings
        {
            AudienceId = audienceId,
            NewMemberStatus = AudienceSettingOptions.ToNewMemberStatus(JsonRows.Integer(row, ReadNames.NewMemberStatus)),
            LeaveAction = AudienceSettingOptions.ToLeaveAction(JsonRows.Integer(row, ReadNames.LeaveAction)),
            Repermission = JsonRows.Flag(row, ReadNames.Repermission) == true,
            MergeFieldMappings = mappings,
            Journeys = JourneysPurpose.Parse(audienceId, JsonRows.Text(row, ReadNames.PurposeId), JsonRows.Text(row, ReadNames.TopicId), JsonRows.Text(row, ReadNames.ComplianceProfileId)),
        };
    }

    private static MergeFieldMapping? ToMapping(JsonElement row) =>
        AudienceSettingOptions.ToMemberTable(JsonRows.Integer(row, ReadNames.MemberTable)) is { } table
        && JsonRows.Text(row, ReadNames.Column)?.Trim() is { Length: > 0 } column
        && JsonRows.Text(row, ReadNames.MergeTag)?.Trim() is { Length: > 0 } tag
            ? new MergeFieldMapping(table, column.ToLowerInvariant(), tag.ToUpperInvariant())
            : null;
}
