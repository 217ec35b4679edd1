using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi.Serialization;

/// <summary>
/// Reads Mailchimp timestamps, which come as ISO 8601 strings or as <c>""</c> when unknown (e.g. <c>timestamp_signup</c>);
/// the empty string becomes <see langword="null"/>. Writes ISO 8601 in UTC.
/// </summary>
public sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = reader.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new JsonException("A Mailchimp timestamp is not an ISO 8601 date.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(MailchimpDateFormat.Format(value.Value));
    }
}
