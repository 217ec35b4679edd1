using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Storage;

/// <summary>Checks written values against the table definition, with the messages Dataverse gives.</summary>
internal static class RowValidator
{
    public static TableDefinition Table(SchemaCatalog schema, string? logicalName) =>
        logicalName is not null && schema.Tables.TryGetValue(logicalName, out var table)
            ? table
            : throw new OrganizationServiceFaultException(OrganizationErrorCodes.EntityNotFound, $"The entity with a name = '{logicalName}' with namemapping = 'Logical' was not found in the MetadataCache.");

    public static ColumnDefinition Column(TableDefinition table, string name) =>
        table.Columns.TryGetValue(name, out var column)
            ? column
            : throw new OrganizationServiceFaultException(OrganizationErrorCodes.AttributeNotFound, $"'{table.LogicalName}' entity doesn't contain attribute with Name = '{name}' and NameMapping = 'Logical'.");

    public static void Validate(SchemaCatalog schema, TableDefinition table, Entity entity, Guid id)
    {
        foreach (var (name, value) in entity.Attributes)
        {
            var column = Column(table, name);
            if (value is not null)
            {
                CheckValue(schema, table, column, value, id);
            }
        }
    }

    private static void CheckValue(SchemaCatalog schema, TableDefinition table, ColumnDefinition column, object value, Guid id)
    {
        var ok = column.Type switch
        {
            ColumnType.PrimaryKey => value is Guid,
            ColumnType.String or ColumnType.Memo => value is string,
            ColumnType.Integer => value is int,
            ColumnType.BigInt => value is long,
            ColumnType.Boolean => value is bool,
            ColumnType.DateTime => value is DateTime,
            ColumnType.Picklist or ColumnType.State or ColumnType.Status => value is OptionSetValue,
            ColumnType.Lookup => value is EntityReference,
            ColumnType.Decimal => value is decimal,
            ColumnType.Money => value is Money,
            _ => false,
        };
        if (!ok)
        {
            throw Invalid($"The value of '{column.LogicalName}' on {table.LogicalName} {id} is a {value.GetType().Name}, which does not fit a {column.Type} column.");
        }

        if (value is string text && column.MaxLength is { } max && text.Length > max)
        {
            throw new OrganizationServiceFaultException(OrganizationErrorCodes.MaxLengthExceeded, $"A validation error occurred. The length of the '{column.LogicalName}' attribute of the '{table.LogicalName}' entity exceeded the maximum allowed length of '{max}' (record {id}).");
        }

        if (value is OptionSetValue option && column.OptionValues.Count > 0 && !column.OptionValues.Contains(option.Value))
        {
            throw Invalid($"{option.Value} is not a valid value for '{column.LogicalName}' on {table.LogicalName} {id}. Valid values: {string.Join(", ", column.OptionValues)}.");
        }

        if (value is EntityReference reference)
        {
            var targets = schema.LookupTargets(column);
            if (targets.Count > 0 && !targets.Contains(reference.LogicalName))
            {
                throw Invalid($"'{column.LogicalName}' on {table.LogicalName} {id} cannot point at a {reference.LogicalName}; it takes {string.Join(", ", targets)}.");
            }
        }
    }

    private static OrganizationServiceFaultException Invalid(string message) => new(OrganizationErrorCodes.InvalidArgument, message);
}
