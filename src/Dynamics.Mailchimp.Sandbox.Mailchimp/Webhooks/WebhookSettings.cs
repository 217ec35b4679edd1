using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>
/// The body of <c>POST</c> or <c>PATCH /lists/{list_id}/webhooks</c>: the URL and the event and source flags that were sent
/// (a flag not sent is absent). A flag Mailchimp documents but the sandbox does not emulate (the SMS beta events) is 501.
/// </summary>
internal sealed record WebhookSettings(Uri? Url, IReadOnlyDictionary<string, bool> Events, IReadOnlyDictionary<string, bool> Sources)
{
    public static WebhookSettings Parse(JsonObject body, string route) => new(
        body[WebhookWire.Url] is null ? null : ParseUrl(body[WebhookWire.Url]),
        Flags(body, WebhookWire.Events, WebhookWire.EventNames, route),
        Flags(body, WebhookWire.Sources, WebhookWire.SourceNames, route));

    /// <summary>Gets the URL, required on create: 400 on <c>url</c> when it was not sent.</summary>
    public Uri RequiredUrl => Url ?? throw Invalid(WebhookWire.Url, "This value should not be blank.");

    private static InvalidResourceException Invalid(string field, string message) =>
        new("The resource submitted could not be validated. For field-specific details, see the 'errors' array.", field, message);

    private static Uri ParseUrl(JsonNode? node)
    {
        var text = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (string.IsNullOrEmpty(text))
        {
            throw Invalid(WebhookWire.Url, "This value should not be blank.");
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new InvalidWebhookUrlException(text);
    }

    private static Dictionary<string, bool> Flags(JsonObject body, string name, string[] known, string route)
    {
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (body[name] is null)
        {
            return flags;
        }

        if (body[name] is not JsonObject items)
        {
            throw Invalid(name, $"Schema describes object, {Kind(body[name])} found instead");
        }

        foreach (var (key, value) in items)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                throw new ParameterNotImplementedException("body field", $"{name}.{key}", route);
            }

            flags[key] = value is JsonValue flag && flag.TryGetValue<bool>(out var on)
                ? on
                : throw Invalid($"{name}.{key}", $"Schema describes boolean, {Kind(value)} found instead");
        }

        return flags;
    }

    private static string Kind(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "NULL",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "boolean",
    };
}
