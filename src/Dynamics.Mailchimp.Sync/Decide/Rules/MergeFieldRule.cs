using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>
/// Rule: record columns map to merge fields. The defaults (<see cref="MergeFieldDefaults"/>) work without
/// configuration; the audience's configured mappings add to them and, for the same merge tag, replace them.
/// Values are formatted by <see cref="MergeValueFormatter"/>.
/// </summary>
public static class MergeFieldRule
{
    /// <summary>The merge fields of <paramref name="winner"/>.</summary>
    /// <param name="winner">The record whose data the member gets.</param>
    /// <param name="settings">The audience's settings.</param>
    /// <returns>The merge fields by tag.</returns>
    public static IReadOnlyDictionary<string, string> Build(MemberSnapshot winner, AudienceSettings settings) =>
        Build(winner, Mappings(winner.Record.Table, settings));

    /// <summary>The merge fields of <paramref name="winner"/>, by mappings worked out once per audience and table.</summary>
    /// <param name="winner">The record whose data the member gets.</param>
    /// <param name="mappings">The <see cref="Mappings"/> of the winner's table in the audience.</param>
    /// <returns>The merge fields by tag.</returns>
    public static IReadOnlyDictionary<string, string> Build(MemberSnapshot winner, IReadOnlyList<MergeFieldMapping> mappings)
    {
        var fields = new Dictionary<string, string>(mappings.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mappings.Count; i++)
        {
            var mapping = mappings[i];
            fields[mapping.MergeTag] = MergeValueFormatter.Format(winner.Values.GetValueOrDefault(mapping.Column) ?? ColumnValue.Null);
        }

        return fields;
    }

    /// <summary>The effective mappings of <paramref name="table"/>: defaults, then the configured ones by merge tag.</summary>
    /// <param name="table">contact, lead or account.</param>
    /// <param name="settings">The audience's settings.</param>
    /// <returns>The mappings.</returns>
    public static IReadOnlyList<MergeFieldMapping> Mappings(string table, AudienceSettings settings) => MergeFieldDefaults.All
        .Concat(settings.MergeFieldMappings)
        .Where(mapping => mapping.Table == table)
        .GroupBy(mapping => mapping.MergeTag, StringComparer.OrdinalIgnoreCase)
        .Select(group => group.Last())
        .ToArray();
}
