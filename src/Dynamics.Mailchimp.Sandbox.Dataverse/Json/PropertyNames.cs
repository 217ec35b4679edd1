using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Json;

/// <summary>
/// Web API property names of columns: a lookup <c>x</c> reads as <c>_x_value</c> (a GUID), everything else by its logical name.
/// </summary>
internal static class PropertyNames
{
    public static string For(ColumnDefinition column) =>
        column.Type == ColumnType.Lookup ? $"_{column.LogicalName}_value" : column.LogicalName;

    /// <summary>The column behind Web API property <paramref name="property"/>, or null when the table has none.</summary>
    public static ColumnDefinition? Resolve(TableDefinition table, string property)
    {
        if (property.Length > 7 && property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal))
        {
            var name = property[1..^6];
            return table.Columns.TryGetValue(name, out var lookup) && lookup.Type == ColumnType.Lookup ? lookup : null;
        }

        return table.Columns.TryGetValue(property, out var column) && column.Type != ColumnType.Lookup ? column : null;
    }

    /// <summary>The entity type's full name, e.g. <c>Microsoft.Dynamics.CRM.contact</c>.</summary>
    public static string TypeName(TableDefinition table) => $"{Protocol.WebApiNames.Namespace}.{table.LogicalName}";

    /// <summary>The EDM primitive type name of a column, for messages.</summary>
    public static string EdmTypeName(ColumnType type) => type switch
    {
        ColumnType.PrimaryKey or ColumnType.Lookup => "Edm.Guid",
        ColumnType.String or ColumnType.Memo => "Edm.String",
        ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => "Edm.Int32",
        ColumnType.BigInt => "Edm.Int64",
        ColumnType.Boolean => "Edm.Boolean",
        ColumnType.DateTime => "Edm.DateTimeOffset",
        ColumnType.Decimal or ColumnType.Money => "Edm.Decimal",
        _ => "Edm.String",
    };
}
