using System.Globalization;
using System.Text.Json;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// Reads one column of a Web API row into a <see cref="ColumnValue"/>, from the JSON value and its formatted value
/// (<c>column@OData.Community.Display.V1.FormattedValue</c>). The row carries no metadata, so the kind follows the value:
/// a lookup is its <c>_x_value</c> property (named by its formatted value); a number whose formatted value is not that
/// number is a choice (its label); a text of the form <c>yyyy-MM-dd</c> is a date-only value and an ISO 8601 date and
/// time with a zone is a date-time (Dataverse writes both so; a text column holding such text is formatted the same).
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values.
/// </summary>
public static class ColumnValueReader
{
    /// <summary>The value of <paramref name="column"/> in <paramref name="row"/>; <see cref="ColumnValue.Null"/> when absent.</summary>
    /// <param name="row">A row as the Web API returns it.</param>
    /// <param name="column">The column's logical name.</param>
    /// <returns>The value.</returns>
    public static ColumnValue Read(JsonElement row, string column) => Read(row, new ColumnNames(column));

    /// <summary>The value of a column in <paramref name="row"/>, its property names made beforehand.</summary>
    /// <param name="row">A row as the Web API returns it.</param>
    /// <param name="names">The column's property names.</param>
    /// <returns>The value.</returns>
    internal static ColumnValue Read(JsonElement row, ColumnNames names)
    {
        if (row.TryGetProperty(names.Lookup, out var reference) && reference.ValueKind == JsonValueKind.String && reference.TryGetGuid(out var id))
        {
            return ColumnValue.Lookup(id, Formatted(row, names.LookupFormatted) ?? string.Empty);
        }

        if (!row.TryGetProperty(names.Column, out var value))
        {
            return ColumnValue.Null;
        }

        var formatted = Formatted(row, names.Formatted);
        return value.ValueKind switch
        {
            JsonValueKind.True => ColumnValue.Boolean(true),
            JsonValueKind.False => ColumnValue.Boolean(false),
            JsonValueKind.Number => Number(value, formatted),
            JsonValueKind.String => Text(value.GetString()!),
            _ => ColumnValue.Null,
        };
    }

    private static string? Formatted(JsonElement row, string annotation) =>
        row.TryGetProperty(annotation, out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;

    private static ColumnValue Number(JsonElement value, string? formatted)
    {
        var number = value.GetDecimal();
        return formatted is not null && value.TryGetInt32(out var option) && !ShowsNumber(formatted, number)
            ? ColumnValue.Choice(option, formatted)
            : ColumnValue.Number(number);
    }

    // "1,000", "$1,000.00", "1.000,00 €": the number itself in the user's format; a choice's label is not.
    private static bool ShowsNumber(string formatted, decimal number)
    {
        var digits = new string(formatted.Where(c => char.IsDigit(c) || c is '.' or ',' or '-').ToArray());
        return digits.Length > 0 && (Parses(digits, CultureInfo.InvariantCulture, number) || Parses(digits, CultureInfo.CurrentCulture, number)
            || Parses(digits, CultureInfo.GetCultureInfo("de-DE"), number));
    }

    private static bool Parses(string digits, CultureInfo culture, decimal number) =>
        decimal.TryParse(digits, NumberStyles.Number, culture, out var shown) && shown == number;

    private static ColumnValue Text(string text)
    {
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ColumnValue.Date(date);
        }

        if (text.Length >= 20 && text[10] == 'T' && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && Claim.WebApiDates.TryParse(text, out var instant))
        {
            return ColumnValue.DateTime(instant);
        }

        return ColumnValue.Text(text);
    }
}
