using Dynamics.Mailchimp.Sandbox.Dataverse.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.OData.Edm;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// An EDM model of the organization's tables, named as Dataverse names them (<c>Microsoft.Dynamics.CRM.contact</c>,
/// lookups as <c>_x_value</c>), so that ODataLib parses <c>$filter</c> and <c>$orderby</c> and words its errors as Dataverse does.
/// </summary>
internal sealed class EdmSchemaModel
{
    private readonly Dictionary<string, (EdmEntityType Type, EdmEntitySet Set)> _tables = new(StringComparer.Ordinal);

    // Every table derives from the abstract crmbaseentity, as in Dataverse's CSDL; action parameters use it.
    private readonly EdmEntityType _base = new(WebApiNames.Namespace, EdmActionDeclarations.BaseEntityType, null, isAbstract: true, isOpen: false);

    public EdmSchemaModel(SchemaCatalog schema, IReadOnlySet<string> changeTracked)
    {
        var model = new EdmModel();
        var container = new EdmEntityContainer(WebApiNames.Namespace, "System");
        model.AddElement(container);
        model.AddElement(_base);
        foreach (var table in schema.Tables.Values.Where(t => t.EntitySetName is not null && t.PrimaryIdAttribute is not null))
        {
            var type = new EdmEntityType(WebApiNames.Namespace, table.LogicalName, _base);
            foreach (var column in table.Columns.Values.OrderBy(c => c.LogicalName, StringComparer.Ordinal))
            {
                var property = type.AddStructuralProperty(PropertyNames.For(column), KindOf(column.Type), column.Type != ColumnType.PrimaryKey);
                if (column.Type == ColumnType.PrimaryKey)
                {
                    type.AddKeys(property);
                }
            }

            model.AddElement(type);
            var set = container.AddEntitySet(table.EntitySetName!, type);
            _tables[table.LogicalName] = (type, set);
            if (changeTracked.Contains(table.LogicalName))
            {
                ChangeTrackingAnnotation.Add(model, set);
            }
        }

        EdmActionDeclarations.Add(model, _base, table => _tables.GetValueOrDefault(table).Type);
        EdmFunctionDeclarations.Add(model, container);
        Model = model;
    }

    public IEdmModel Model { get; }

    public IEdmEntityType TypeOf(TableDefinition table) => _tables[table.LogicalName].Type;

    public IEdmEntitySet SetOf(TableDefinition table) => _tables[table.LogicalName].Set;

    private static EdmPrimitiveTypeKind KindOf(ColumnType type) => type switch
    {
        ColumnType.PrimaryKey or ColumnType.Lookup => EdmPrimitiveTypeKind.Guid,
        ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => EdmPrimitiveTypeKind.Int32,
        ColumnType.BigInt => EdmPrimitiveTypeKind.Int64,
        ColumnType.Boolean => EdmPrimitiveTypeKind.Boolean,
        ColumnType.DateTime => EdmPrimitiveTypeKind.DateTimeOffset,
        ColumnType.Decimal or ColumnType.Money => EdmPrimitiveTypeKind.Decimal,
        _ => EdmPrimitiveTypeKind.String,
    };
}
