using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Json;

/// <summary>
/// Writes rows as Web API JSON: <c>@odata.etag</c> (<c>W/"&lt;versionnumber&gt;"</c>), then each selected column (all
/// columns when nothing was selected) with nulls for missing values, lookups as <c>_x_value</c>.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview.
/// </summary>
internal sealed class EntityJsonWriter(Uri serviceRoot)
{
    /// <summary>The service root, e.g. <c>http://127.0.0.1:5000/api/data/v9.2/</c>.</summary>
    public Uri ServiceRoot { get; } = serviceRoot;

    public JsonObject Row(TableDefinition table, Entity row, IReadOnlyList<ColumnDefinition>? selected, PreferHeader? prefer = null)
    {
        var json = new JsonObject { [WebApiNames.ODataEtag] = ETag(row) };
        foreach (var column in selected ?? table.Columns.Values.OrderBy(c => c.LogicalName, StringComparer.Ordinal).ToList())
        {
            var value = row.Attributes.TryGetValue(column.LogicalName, out var stored) ? stored : null;
            json[PropertyNames.For(column)] = JsonValueConverter.ToJson(value);
            if (prefer is not null)
            {
                LookupAnnotations.Add(json, PropertyNames.For(column), value, prefer);
            }
        }

        var key = table.PrimaryIdAttribute!;
        json[key] ??= JsonValueConverter.ToJson(row.Id);
        return json;
    }

    public JsonObject Single(TableDefinition table, Entity row, IReadOnlyList<ColumnDefinition>? selected, PreferHeader? prefer = null)
    {
        var json = new JsonObject { [WebApiNames.ODataContext] = Context(table, selected) + "/$entity" };
        foreach (var (name, value) in Row(table, row, selected, prefer).ToArray())
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }

    public string Context(TableDefinition table, IReadOnlyList<ColumnDefinition>? selected) =>
        selected is null
            ? $"{ServiceRoot}{WebApiNames.Metadata}#{table.EntitySetName}"
            : $"{ServiceRoot}{WebApiNames.Metadata}#{table.EntitySetName}({string.Join(",", selected.Select(PropertyNames.For))})";

    /// <summary>The absolute URL of a record, as <c>OData-EntityId</c> carries it.</summary>
    public string EntityId(TableDefinition table, Guid id) => $"{ServiceRoot}{table.EntitySetName}({id:D})";

    /// <summary>The weak ETag of a row.</summary>
    public static string ETag(Entity row) => $"W/\"{row.RowVersion}\"";
}
