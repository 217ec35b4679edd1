using System.Globalization;
using System.Xml.Linq;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>FetchXML filters and conditions, with values typed by the column they compare.</summary>
internal sealed partial class FetchXmlTranslator
{
    private static FilterExpression Filters(XElement parent, TableDefinition table, IReadOnlyDictionary<string, TableDefinition> aliases)
    {
        var root = new FilterExpression(LogicalOperator.And);
        foreach (var filter in parent.Elements("filter"))
        {
            root.AddFilter(Filter(filter, table, aliases));
        }

        return root;
    }

    private static FilterExpression Filter(XElement element, TableDefinition table, IReadOnlyDictionary<string, TableDefinition> aliases)
    {
        var filter = new FilterExpression(string.Equals((string?)element.Attribute("type"), "or", StringComparison.OrdinalIgnoreCase) ? LogicalOperator.Or : LogicalOperator.And);
        foreach (var condition in element.Elements("condition"))
        {
            filter.AddCondition(Condition(condition, table, aliases));
        }

        foreach (var nested in element.Elements("filter"))
        {
            filter.AddFilter(Filter(nested, table, aliases));
        }

        return filter;
    }

    private static ConditionExpression Condition(XElement element, TableDefinition table, IReadOnlyDictionary<string, TableDefinition> aliases)
    {
        var alias = (string?)element.Attribute("entityname");
        var attribute = Required(element, "attribute");
        var op = Required(element, "operator");
        var column = ColumnFor(alias is null ? table : aliases.GetValueOrDefault(alias), attribute);
        var values = element.Attribute("value") is { } single ? [single.Value] : element.Elements("value").Select(v => v.Value).ToArray();
        var typed = values.Select(v => column is null ? (object)v : Typed(v, column)).ToArray();
        var condition = op switch
        {
            "eq" => ConditionOperator.Equal,
            "ne" or "neq" => ConditionOperator.NotEqual,
            "gt" => ConditionOperator.GreaterThan,
            "ge" => ConditionOperator.GreaterEqual,
            "lt" => ConditionOperator.LessThan,
            "le" => ConditionOperator.LessEqual,
            "like" => ConditionOperator.Like,
            "not-like" => ConditionOperator.NotLike,
            "in" => ConditionOperator.In,
            "not-in" => ConditionOperator.NotIn,
            "null" => ConditionOperator.Null,
            "not-null" => ConditionOperator.NotNull,
            "begins-with" => ConditionOperator.BeginsWith,
            "ends-with" => ConditionOperator.EndsWith,
            _ => throw WebApiException.NotImplemented($"The FetchXML condition operator '{op}'"),
        };
        return new ConditionExpression(alias!, attribute, condition, typed);
    }

    private static ColumnDefinition? ColumnFor(TableDefinition? table, string attribute) =>
        table is null ? null
        : table.Columns.TryGetValue(attribute, out var column) ? column
        : throw WebApiException.BadRequest($"'{table.LogicalName}' entity doesn't contain attribute with Name = '{attribute}'.");

    private static object Typed(string value, ColumnDefinition column)
    {
        try
        {
            return column.Type switch
            {
                ColumnType.PrimaryKey or ColumnType.Lookup => Guid.Parse(value.Trim('{', '}')),
                ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => int.Parse(value, CultureInfo.InvariantCulture),
                ColumnType.BigInt => long.Parse(value, CultureInfo.InvariantCulture),
                ColumnType.Boolean => value is "1" || bool.Parse(value is "0" ? "false" : value),
                ColumnType.DateTime => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime,
                ColumnType.Decimal or ColumnType.Money => decimal.Parse(value, CultureInfo.InvariantCulture),
                _ => value,
            };
        }
        catch (FormatException)
        {
            throw WebApiException.BadRequest($"The fetchXml value '{value}' does not fit the {column.Type} column '{column.LogicalName}'.");
        }
    }
}
