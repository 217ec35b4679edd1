using System.Text.Json;
using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// <c>dmc_audiencesettings</c> and <c>dmc_mergefieldmappings</c> rows as read, and the settings of any audience from
/// them: an audience without a settings row gets the defaults, an empty choice means its default, and a wrong Customer
/// Insights – Journeys id fails that audience (<see cref="JourneysSettingException"/>).
/// </summary>
public sealed class AudienceSettingsRows
{
    private readonly IReadOnlyList<JsonElement> _settings;
    private readonly IReadOnlyList<JsonElement> _mappings;

    /// <summary>Initializes a new instance of the <see cref="AudienceSettingsRows"/> class.</summary>
    /// <param name="settings">The settings rows.</param>
    /// <param name="mappings">The merge-field mapping rows.</param>
    public AudienceSettingsRows(IReadOnlyList<JsonElement> settings, IReadOnlyList<JsonElement> mappings)
    {
        _settings = settings;
        _mappings = mappings;
    }

    /// <summary>The settings of <paramref name="audienceId"/>, from the rows whose audience id matches it.</summary>
    /// <param name="audienceId">The Mailchimp audience id.</param>
    /// <returns>The settings with their merge-field mappings.</returns>
    /// <exception cref="JourneysSettingException">The audience's Journeys ids are wrong.</exception>
    // Dataverse compares the audience id case-insensitively; Mailchimp ids are lower-case, so the match here is too.
    public AudienceSettings For(string audienceId)
    {
        bool Same(JsonElement row) => string.Equals(JsonRows.Text(row, ReadNames.AudienceId)?.Trim(), audienceId, StringComparison.OrdinalIgnoreCase);
        var mappings = _mappings.Where(Same).Select(ToMapping).OfType<MergeFieldMapping>().Distinct().ToArray();
        if (_settings.FirstOrDefault(Same) is not { ValueKind: JsonValueKind.Object } row)
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
