using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;

/// <summary>Checks the merge values of a write against the audience's merge-field definitions, as Mailchimp does.</summary>
/// <remarks>
/// Sources: "Please enter a value" (ibericode/mailchimp-for-wordpress#545, a PUT of an existing address); "Please enter a number"
/// (grouparoo/grouparoo exportRecord.js fixture); a JSON boolean or array is a schema error on <c>merge_fields.TAG</c>
/// (OperationCode/operationcode_old_site#692, mailchimp/mc-magento#497); an address needs addr1, city, state and zip
/// ("Please enter a complete address", verbb/formie#2387; beaufort12.com address-field FAQ); text holds at most 255 bytes
/// and longer values are clipped (Mailchimp "Format Guidelines for Your Import File"). Unknown merge tags are ignored,
/// as recorded in the grouparoo fixture.
/// </remarks>
internal static class MergeFieldValidator
{
    public const int MaxTextBytes = 255;

    private const string SchemaMismatch = "Data did not match any of the schemas described in anyOf.";

    private static readonly string[] AddressParts = ["addr1", "city", "state", "zip"];

    /// <summary>Validates a write; <paramref name="existing"/> holds the member's current values (empty for a new member).</summary>
    public static void Validate(DefinitionSet definitions, JsonObject? write, IReadOnlyDictionary<string, JsonNode?> existing, bool skipRequired, string email)
    {
        var errors = new List<KeyValuePair<string, string>>();
        foreach (var field in definitions.MergeFields)
        {
            var sent = Find(write, field.Tag, out var value);
            if (sent && IsSchemaMismatch(field, value))
            {
                throw new InvalidResourceException(
                    "The resource submitted could not be validated. For field-specific details, see the 'errors' array.", $"merge_fields.{field.Tag}", SchemaMismatch);
            }

            var effective = sent ? value : existing.GetValueOrDefault(field.Tag);
            if (IsBlank(effective))
            {
                if (field.Required && !skipRequired)
                {
                    errors.Add(new(field.Tag, MergeFieldsInvalidException.EnterValue));
                }

                continue;
            }

            if (sent && TypeError(field, value) is { } message)
            {
                errors.Add(new(field.Tag, message));
            }
        }

        if (errors.Count > 0)
        {
            throw new MergeFieldsInvalidException(email, errors);
        }
    }

    /// <summary>The value to store: text clipped to <see cref="MaxTextBytes"/> bytes of UTF-8, everything else as sent.</summary>
    public static JsonNode? Stored(MergeFieldRecord field, JsonNode? value) =>
        field.Type == "text" && value is JsonValue v && v.TryGetValue<string>(out var text) && Encoding.UTF8.GetByteCount(text) > MaxTextBytes
            ? JsonValue.Create(Clip(text))
            : value?.DeepClone();

    private static bool Find(JsonObject? write, string tag, out JsonNode? value)
    {
        value = null;
        foreach (var (key, node) in write ?? [])
        {
            if (string.Equals(key, tag, StringComparison.OrdinalIgnoreCase))
            {
                value = node;
                return true;
            }
        }

        return false;
    }

    private static bool IsSchemaMismatch(MergeFieldRecord field, JsonNode? value) =>
        value is JsonArray || (value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False) || (value is JsonObject && field.Type != "address");

    private static bool IsBlank(JsonNode? value) => value switch
    {
        null => true,
        JsonValue v when v.TryGetValue<string>(out var text) => string.IsNullOrWhiteSpace(text),
        JsonObject o => o.All(p => IsBlank(p.Value)),
        _ => false,
    };

    private static string? TypeError(MergeFieldRecord field, JsonNode? value) => field.Type switch
    {
        "number" when !IsNumber(value) => MergeFieldsInvalidException.EnterNumber,
        "address" when value is not JsonObject address || AddressParts.Any(p => IsBlank(address[p])) => MergeFieldsInvalidException.EnterCompleteAddress,
        _ => null,
    };

    private static bool IsNumber(JsonNode? value) =>
        value is JsonValue v && (v.GetValueKind() == JsonValueKind.Number
            || (v.TryGetValue<string>(out var text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)));

    private static string Clip(string text)
    {
        var builder = new StringBuilder();
        var bytes = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
            if (bytes > MaxTextBytes)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
