using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// Reads action parameter values: GUIDs, booleans, strings, and entity-typed values given as
/// <c>{"@odata.type":"Microsoft.Dynamics.CRM.x","xid":…}</c>. An entity in a <c>Collection(crmbaseentity)</c> parameter
/// must name its type: without <c>@odata.type</c> its key is an untyped value of the abstract base type, which Dataverse
/// refuses (recorded in MicrosoftDocs/dynamics-365-customer-engagement issue 1462 and
/// microsoft/PowerPlatform-DataverseServiceClient issue 70).
/// </summary>
internal static class ActionParameters
{
    public const string UntypedValue = "An error occurred while validating input parameters: Microsoft.OData.ODataException: Does not support untyped value in non-open type.";

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

    public static Guid Guid(JsonNode? node, string name) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && System.Guid.TryParse(text, out var id)
            ? id
            : throw WebApiException.BadRequest($"Cannot convert the value of parameter '{name}' to the expected type 'Edm.Guid'.");

    public static bool Boolean(JsonNode? node, string name) =>
        node is JsonValue value && value.TryGetValue<bool>(out var flag)
            ? flag
            : throw WebApiException.BadRequest($"Cannot convert the value of parameter '{name}' to the expected type 'Edm.Boolean'.");

    public static string String(JsonNode? node, string name) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw WebApiException.BadRequest($"Cannot convert the value of parameter '{name}' to the expected type 'Edm.String'.");

    /// <summary>The key of an entity of <paramref name="table"/>; <c>@odata.type</c> may be left out, and must match when given.</summary>
    public static Guid Record(SchemaCatalog schema, JsonNode? node, string name, string table)
    {
        var record = node as JsonObject ?? throw WebApiException.BadRequest($"The parameter '{name}' must be an entity object.");
        var declared = schema.Tables.GetValueOrDefault(table) ?? throw new InvalidOperationException($"The sandbox schema has no '{table}' table.");
        if (TypeOf(schema, record, name) is { } typed && typed.LogicalName != declared.LogicalName)
        {
            throw WebApiException.BadRequest($"The parameter '{name}' is of type '{WebApiNames.Namespace}.{table}'; '{WebApiNames.Namespace}.{typed.LogicalName}' was given.");
        }

        return Guid(record[declared.PrimaryIdAttribute!], $"{name}.{declared.PrimaryIdAttribute}");
    }

    /// <summary>The keys of a <c>Collection(crmbaseentity)</c>; every item names its type.</summary>
    public static Guid[] Records(SchemaCatalog schema, JsonNode? node, string name) =>
        node is JsonArray records
            ? records.Select(r => r is JsonObject record ? Key(schema, record, name) : throw WebApiException.BadRequest($"Each item of '{name}' must be an entity object.")).ToArray()
            : throw WebApiException.BadRequest($"The parameter '{name}' must be a collection of entity objects.");

    private static Guid Key(SchemaCatalog schema, JsonObject record, string name)
    {
        var table = TypeOf(schema, record, name) ?? throw WebApiException.BadRequest(UntypedValue);
        return Guid(record[table.PrimaryIdAttribute!], $"{name}.{table.PrimaryIdAttribute}");
    }

    private static TableDefinition? TypeOf(SchemaCatalog schema, JsonObject record, string name)
    {
        if (record[WebApiNames.ODataType] is not JsonValue t || !t.TryGetValue<string>(out var type))
        {
            return null;
        }

        var trimmed = type.TrimStart('#');
        var logical = trimmed.StartsWith(WebApiNames.Namespace + ".", StringComparison.Ordinal) ? trimmed[(WebApiNames.Namespace.Length + 1)..] : trimmed;
        return schema.Tables.GetValueOrDefault(logical) ?? throw WebApiException.BadRequest($"'{name}' names the type '{type}', which does not exist.");
    }
}
