using System.Xml.Linq;

namespace Dynamics.Mailchimp.Solution.Schema;

/// <summary>Reads a table definition from an Entity.xml in the unpacked-solution layout.</summary>
public static class EntityXmlReader
{
    private static readonly Dictionary<string, ColumnType> TypesByXmlName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["primarykey"] = ColumnType.PrimaryKey,
        ["nvarchar"] = ColumnType.String,
        ["ntext"] = ColumnType.Memo,
        ["int"] = ColumnType.Integer,
        ["bigint"] = ColumnType.BigInt,
        ["bit"] = ColumnType.Boolean,
        ["datetime"] = ColumnType.DateTime,
        ["picklist"] = ColumnType.Picklist,
        ["state"] = ColumnType.State,
        ["status"] = ColumnType.Status,
        ["lookup"] = ColumnType.Lookup,
        ["customer"] = ColumnType.Lookup,
        ["owner"] = ColumnType.Lookup,
        ["decimal"] = ColumnType.Decimal,
        ["money"] = ColumnType.Money,
    };

    // AppDefaultValue -1 means "no default" (the SDK's PicklistAttributeMetadata.DefaultFormValue is -1 when none is set).
    private const int NoDefault = -1;

    /// <summary>Reads the table in <paramref name="stream"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="SchemaSourceException">The file is not a table definition we can read.</exception>
    public static TableDefinition Read(Stream stream, string source)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(stream);
        }
        catch (System.Xml.XmlException ex)
        {
            throw new SchemaSourceException(source, $"is not well-formed XML: {ex.Message}", ex);
        }

        return Read(document.Root ?? throw new SchemaSourceException(source, "has no Entity element"), source);
    }

    /// <summary>Reads the table of an <c>Entity</c> element (an Entity.xml root, or one of customizations.xml's <c>Entities</c>).</summary>
    /// <exception cref="SchemaSourceException">The element is not a table definition we can read.</exception>
    public static TableDefinition Read(XElement root, string source)
    {
        ArgumentNullException.ThrowIfNull(root);
        var entity = root.Element("EntityInfo")?.Element("entity")
            ?? throw new SchemaSourceException(source, "has no Entity/EntityInfo/entity element");
        var logicalName = (((string?)entity.Attribute("Name")) ?? throw new SchemaSourceException(source, "has no entity Name"))
            .ToLowerInvariant();
        var attributes = entity.Element("attributes") ?? throw new SchemaSourceException(source, "has no attributes element");

        var columns = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal);
        string? primaryName = null;
        foreach (var attribute in attributes.Elements("attribute"))
        {
            var column = ReadColumn(attribute, source);
            columns[column.LogicalName] = column;
            if (((string?)attribute.Element("DisplayMask"))?.Split('|').Contains("PrimaryName") == true)
            {
                primaryName = column.LogicalName;
            }
        }

        return new TableDefinition(logicalName, (string?)entity.Element("EntitySetName"), (int?)root.Element("ObjectTypeCode"), columns)
        {
            PrimaryNameAttribute = primaryName,
            Keys = EntityKeyXmlReader.Read(entity, source),
            IsActivity = IsTrue((string?)entity.Element("IsActivity")),
        };
    }

    // TrueFalse01Type (the customization XSDs): "0" or "1".
    private static bool IsTrue(string? flag) => flag?.Trim() == "1";

    private static ColumnDefinition ReadColumn(XElement attribute, string source)
    {
        var name = (string?)attribute.Element("LogicalName")
            ?? throw new SchemaSourceException(source, $"has an attribute '{(string?)attribute.Attribute("PhysicalName")}' with no LogicalName");
        var xmlType = (string?)attribute.Element("Type") ?? string.Empty;
        if (!TypesByXmlName.TryGetValue(xmlType, out var type))
        {
            throw new SchemaSourceException(source, $"column '{name}' has type '{xmlType}', which the connector does not read");
        }

        var optionSet = attribute.Element("optionset");
        var options = optionSet is null
            ? []
            : optionSet.Descendants().Where(e => e.Name.LocalName is "option" or "state" or "status")
                .Select(e => (int)e.Attribute("value")!).ToArray();
        var lookups = attribute.Element("LookupTypes")?.Elements("LookupType").Select(e => (int)e).ToArray() ?? [];
        var required = (string?)attribute.Element("RequiredLevel") is "required" or "systemrequired" or "applicationrequired";
        var declaredDefault = (int?)attribute.Element("AppDefaultValue");
        return new ColumnDefinition(name, type, (int?)attribute.Element("MaxLength"), options, lookups, required)
        {
            DisplayName = DisplayNames.Of(attribute),
            DefaultValue = declaredDefault is null or NoDefault ? null : declaredDefault,
            States = optionSet?.Descendants("state").Select(e => ReadState(e, name, source)).ToArray() ?? [],
            StatusStates = optionSet?.Descendants("status").Where(e => e.Attribute("state") is not null)
                .ToDictionary(e => (int)e.Attribute("value")!, e => (int)e.Attribute("state")!) ?? new Dictionary<int, int>(),
        };
    }

    private static StateOption ReadState(XElement state, string column, string source)
    {
        var value = (int)state.Attribute("value")!;
        var defaultStatus = (int?)state.Attribute("defaultstatus")
            ?? throw new SchemaSourceException(source, $"column '{column}' has a state {value} with no defaultstatus");
        return new StateOption(value, (string?)state.Attribute("invariantname") ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture), defaultStatus);
    }
}
