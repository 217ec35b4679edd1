using System.Globalization;
using System.Text.Json;

namespace Dynamics.Mailchimp.Cli.Commands.Status;

/// <summary>Reads a column of a Web API row; an absent, null or other-typed value reads as null.</summary>
public static class RowColumns
{
    /// <summary>A string column.</summary>
    public static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A whole-number or choice column.</summary>
    public static long? Number(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    /// <summary>A date-time column (UTC).</summary>
    public static DateTimeOffset? Date(JsonElement row, string name) =>
        Text(row, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) ? moment : null;
}
