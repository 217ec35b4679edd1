using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Json;

/// <summary>
/// Reads a create/update body into an <see cref="Entity"/>: declared properties only, lookups bound with
/// <c>"&lt;nav&gt;@odata.bind": "/&lt;set&gt;(&lt;id&gt;)"</c> where nav is the lookup's logical name or, for a lookup with
/// several targets, <c>&lt;lookup&gt;_&lt;table&gt;</c>, case-sensitive (<see cref="NavigationProperties"/>). Deep insert is not implemented (501).
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api.
/// </summary>
internal sealed class EntityJsonReader(SchemaCatalog schema)
{
    public Entity Read(TableDefinition table, string body, Guid? id)
    {
        var json = Parse(body);
        var entity = new Entity(table.LogicalName, id ?? Guid.Empty);
        foreach (var (name, node) in json)
        {
            if (name.EndsWith(WebApiNames.ODataBind, StringComparison.Ordinal))
            {
                var (column, reference) = Bind(table, name[..^WebApiNames.ODataBind.Length], node);
                entity[column.LogicalName] = reference;
            }
            else if (name.StartsWith('@') || name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }
            else
            {
                var column = PropertyNames.Resolve(table, name) ?? throw UnknownProperty(table, name);
                if (column.Type == ColumnType.Lookup)
                {
                    throw WebApiException.BadRequest($"The property '{name}' is a read-only lookup value; set the lookup with '{column.LogicalName}{WebApiNames.ODataBind}'.");
                }

                if (node is JsonObject or JsonArray)
                {
                    throw WebApiException.NotImplemented($"Deep insert or complex values (property '{name}')");
                }

                entity[column.LogicalName] = JsonValueConverter.FromJson(node, column);
            }
        }

        var key = table.PrimaryIdAttribute!;
        if (entity.Attributes.TryGetValue(key, out var bodyId) && bodyId is Guid given)
        {
            if (id.HasValue && given != id.Value)
            {
                throw WebApiException.BadRequest($"The key value {given} in the body does not match the key {id.Value} in the URL.");
            }

            entity.Id = given;
        }

        return entity;
    }

    private static JsonObject Parse(string body)
    {
        try
        {
            return JsonNode.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body) as JsonObject
                ?? throw WebApiException.BadRequest("The request body must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw WebApiException.BadRequest($"The request body is not valid JSON: {ex.Message}");
        }
    }

    private (ColumnDefinition Column, EntityReference? Reference) Bind(TableDefinition table, string navigation, JsonNode? node)
    {
        var (column, typedTarget) = NavigationProperties.Resolve(schema, table, navigation)
            ?? throw WebApiException.BadRequest($"An undeclared property '{navigation}' which only has property annotations in the payload but no property value was found in the payload. In OData, only declared navigation properties and declared named streams can be represented as properties without values.");
        if (node is null)
        {
            return (column, null);
        }

        var uri = node is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw WebApiException.BadRequest($"The value of '{navigation}{WebApiNames.ODataBind}' must be a URL string.");
        var (target, id) = EntityUrl.Parse(schema, uri);
        IReadOnlyList<string> targets = typedTarget is null ? schema.LookupTargets(column) : [typedTarget];
        if (targets.Count > 0 && !targets.Contains(target.LogicalName))
        {
            throw WebApiException.BadRequest($"'{navigation}' on {table.LogicalName} cannot point at a {target.LogicalName}; it takes {string.Join(", ", targets)}.");
        }

        return (column, new EntityReference(target.LogicalName, id));
    }

    private static WebApiException UnknownProperty(TableDefinition table, string name) =>
        WebApiException.BadRequest($"The property '{name}' does not exist on type '{PropertyNames.TypeName(table)}'. Make sure to only use property names that are defined by the type.");
}
