using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>Reads action parameters: GUIDs, and entity-typed parameters given as <c>{"@odata.type":"Microsoft.Dynamics.CRM.x","xid":…}</c>.</summary>
internal static class ActionParameters
{
    public static JsonObject Parse(string body)
    {
        try
        {
            return JsonNode.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body) as JsonObject
                ?? throw WebApiException.BadRequest("The action parameters must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw WebApiException.BadRequest($"The action parameters are not valid JSON: {ex.Message}");
        }
    }

    public static Guid Guid(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) && System.Guid.TryParse(text, out var id)
            ? id
            : throw WebApiException.BadRequest($"Request message has unresolved parameters: '{name}' must be a GUID.");

    public static Guid Record(SchemaCatalog schema, JsonObject body, string name) =>
        body[name] is JsonObject record ? Id(schema, record, name) : throw WebApiException.BadRequest($"Request message has unresolved parameters: '{name}' is missing.");

    public static Guid[] Records(SchemaCatalog schema, JsonObject body, string name) =>
        body[name] is JsonArray records
            ? records.Select(r => r is JsonObject record ? Id(schema, record, name) : throw WebApiException.BadRequest($"Each item of '{name}' must be an entity object.")).ToArray()
            : throw WebApiException.BadRequest($"Request message has unresolved parameters: '{name}' is missing.");

    private static Guid Id(SchemaCatalog schema, JsonObject record, string name)
    {
        var type = record[WebApiNames.ODataType] is JsonValue t && t.TryGetValue<string>(out var text) ? text.TrimStart('#') : null;
        if (type is not null)
        {
            var logical = type.StartsWith(WebApiNames.Namespace + ".", StringComparison.Ordinal) ? type[(WebApiNames.Namespace.Length + 1)..] : type;
            var table = schema.Tables.GetValueOrDefault(logical) ?? throw WebApiException.BadRequest($"'{name}' names the type '{type}', which does not exist.");
            return Guid(record, table.PrimaryIdAttribute!);
        }

        // Without @odata.type, accept the single property that is some table's primary key.
        var keys = record.Where(p => schema.Tables.Values.Any(tb => tb.PrimaryIdAttribute == p.Key)).ToArray();
        return keys.Length == 1
            ? Guid(record, keys[0].Key)
            : throw WebApiException.BadRequest($"'{name}' needs \"{WebApiNames.ODataType}\": \"{WebApiNames.Namespace}.<table>\" and the table's key.");
    }
}
