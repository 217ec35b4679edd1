using System.Globalization;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>
/// A column value as merge-field text: booleans "true"/"false", choices as their label, lookups as the referenced
/// name, dates as yyyy-MM-dd, date-times as ISO 8601 UTC (yyyy-MM-ddTHH:mm:ssZ), numbers with a '.' and no grouping,
/// and no value as "" (which clears the field: Dynamics is the source of the data).
/// </summary>
public static class MergeValueFormatter
{
    /// <summary>Formats <paramref name="value"/>.</summary>
    /// <param name="value">The column value.</param>
    /// <returns>The text to send.</returns>
    public static string Format(ColumnValue value) => value.Kind switch
    {
        ColumnValueKind.Null => string.Empty,
        ColumnValueKind.Boolean => value.Value is true ? "true" : "false",
        ColumnValueKind.Choice or ColumnValueKind.Lookup => value.FormattedValue ?? string.Empty,
        ColumnValueKind.Date => value.Value is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty,
        ColumnValueKind.DateTime => value.Value is DateTimeOffset instant ? instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : string.Empty,
        ColumnValueKind.Number => Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? string.Empty,
        _ => Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
