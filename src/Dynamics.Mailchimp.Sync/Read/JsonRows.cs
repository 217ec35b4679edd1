using System.Globalization;
using System.Text.Json;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>Typed reads of Web API row properties; a missing or null property reads as <see langword="null"/> (FetchXML leaves nulls out).</summary>
public static class JsonRows
{
    public static string? Text(JsonElement row, string property) =>
        row.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int? Integer(JsonElement row, string property) =>
        row.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    public static bool? Flag(JsonElement row, string property) =>
        row.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    public static Guid? Id(JsonElement row, string property) =>
        row.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetGuid(out var id) ? id : null;

    public static DateTimeOffset? Instant(JsonElement row, string property) =>
        Text(row, property) is { } text && Claim.WebApiDates.TryParse(text, out var instant) ? instant : null;

    public static string IdText(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
