using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

/// <summary>Reads request bodies as JSON objects and small typed values from them.</summary>
internal static class JsonBody
{
    private static readonly object ParsedKey = new();

    /// <summary>
    /// Returns the body as a JSON object: the one <see cref="Keep"/> stored for this request (handed out once), else
    /// parsed from the body; anything that is not a JSON object is a <see cref="JsonParseException"/>.
    /// </summary>
    public static async Task<JsonObject> ReadAsync(HttpContext context)
    {
        if (context.Items.Remove(ParsedKey, out var kept) && kept is JsonObject parsed)
        {
            return parsed;
        }

        try
        {
            var node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            return node as JsonObject ?? throw new JsonParseException(context.Request.Path);
        }
        catch (JsonException)
        {
            throw new JsonParseException(context.Request.Path);
        }
    }

    /// <summary>Stores the body already parsed from this request's bytes (by the parameter contract), so the handler does not parse it again.</summary>
    public static void Keep(HttpContext context, JsonObject body) => context.Items[ParsedKey] = body;

    public static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    public static string RequiredText(JsonObject body, string name) =>
        Text(body, name) is { Length: > 0 } text
            ? text
            : throw new InvalidResourceException("The resource submitted could not be validated. For field-specific details, see the 'errors' array.", name, "This value should not be blank.");

    public static bool Flag(JsonObject body, string name) =>
        body[name] is JsonValue v && v.TryGetValue<bool>(out var flag) && flag;

    public static int? Number(JsonObject body, string name) =>
        body[name] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;

    public static IReadOnlyList<string> Strings(JsonObject body, string name) =>
        body[name] is JsonArray items ? [.. items.Select(i => i?.ToString() ?? string.Empty)] : [];
}
