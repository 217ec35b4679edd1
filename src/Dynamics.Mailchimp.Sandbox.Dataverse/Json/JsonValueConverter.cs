using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Json;

/// <summary>
/// Converts column values between the SDK types the organization stores and Web API JSON: option sets as integers,
/// Yes/No as booleans, dates as ISO 8601 UTC, money and decimals as numbers, lookups as GUID strings.
/// </summary>
internal static class JsonValueConverter
{
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        Guid id => JsonValue.Create(id.ToString("D")),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        DateTime date => JsonValue.Create(DateTime.SpecifyKind(date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        OptionSetValue option => JsonValue.Create(option.Value),
        Money money => JsonValue.Create(money.Value),
        EntityReference reference => JsonValue.Create(reference.Id.ToString("D")),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>Writes <paramref name="value"/> as <see cref="ToJson"/> converts it, straight to <paramref name="writer"/> (the same bytes).</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case OptionSetValue option:
                writer.WriteNumberValue(option.Value);
                break;
            case Money money:
                writer.WriteNumberValue(money.Value);
                break;
            case EntityReference reference:
                writer.WriteStringValue(reference.Id);
                break;
            default:
                // Dates and anything else: the text ToJson makes of them.
                ToJson(value)!.WriteTo(writer);
                break;
        }
    }

    /// <summary>The SDK value for JSON <paramref name="node"/> written to <paramref name="column"/>; 400 when it does not fit.</summary>
    public static object? FromJson(JsonNode? node, ColumnDefinition column)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonValue value)
        {
            throw Mismatch(node.ToJsonString(), column);
        }

        try
        {
            return column.Type switch
            {
                ColumnType.String or ColumnType.Memo => value.GetValue<string>(),
                ColumnType.PrimaryKey => Guid.Parse(value.GetValue<string>()),
                ColumnType.Integer => value.GetValue<int>(),
                ColumnType.BigInt => value.GetValue<long>(),
                ColumnType.Boolean => value.GetValue<bool>(),
                ColumnType.Decimal => value.GetValue<decimal>(),
                ColumnType.Money => new Money(value.GetValue<decimal>()),
                ColumnType.Picklist or ColumnType.State or ColumnType.Status => new OptionSetValue(value.GetValue<int>()),
                ColumnType.DateTime => DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime,
                _ => throw Mismatch(value.ToJsonString(), column),
            };
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException or JsonException)
        {
            throw Mismatch(value.ToJsonString(), column);
        }
    }

    private static WebApiException Mismatch(string literal, ColumnDefinition column) =>
        WebApiException.BadRequest($"Cannot convert the literal '{literal}' to the expected type '{PropertyNames.EdmTypeName(column.Type)}' (property '{column.LogicalName}').");
}
