using System.Globalization;
using Dynamics.Mailchimp.Sandbox.Dataverse.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// Reads <c>$select $filter $orderby $top $count $skiptoken</c>. <c>$skip</c> is refused with 400 as Dataverse does;
/// <c>$expand $apply $search $compute fetchXml savedQuery userQuery</c> are 501 (not in the sandbox).
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview.
/// </summary>
internal sealed partial class QueryOptionsReader(EdmSchemaModel model)
{
    private static readonly HashSet<string> Unimplemented = new(StringComparer.OrdinalIgnoreCase) { "$expand", "$apply", "$search", "$compute", "$format", "$levels", "savedQuery", "userQuery" };

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { WebApiNames.Select, WebApiNames.Filter, WebApiNames.OrderBy, WebApiNames.Top, WebApiNames.Count, WebApiNames.SkipToken, WebApiNames.DeltaToken };

    public QueryOptions Read(TableDefinition table, IReadOnlyDictionary<string, string> query)
    {
        CheckSupported(query);
        if (query.TryGetValue(WebApiNames.Filter, out var filterText) && QueryFunction().Match(filterText) is { Success: true } function)
        {
            throw WebApiException.NotImplemented($"The query function '{function.Value.TrimEnd('(')}' in $filter");
        }

        var parser = new ODataQueryOptionParser(model.Model, model.TypeOf(table), model.SetOf(table), query.Where(p => p.Key is WebApiNames.Filter or WebApiNames.OrderBy).ToDictionary(p => p.Key, p => p.Value));
        var filter = query.ContainsKey(WebApiNames.Filter) ? new FilterTranslator(table).Translate(parser.ParseFilter().Expression) : null;
        var orders = query.ContainsKey(WebApiNames.OrderBy) ? Orders(table, parser.ParseOrderBy()) : [];
        return new QueryOptions(
            Select(table, query.GetValueOrDefault(WebApiNames.Select)),
            filter,
            orders,
            Top(query.GetValueOrDefault(WebApiNames.Top)),
            Count(query.GetValueOrDefault(WebApiNames.Count)),
            query.TryGetValue(WebApiNames.SkipToken, out var token) ? SkipToken.Parse(token) : 1);
    }

    /// <summary>Refuses options Dataverse rejects ($skip: 400) or the sandbox lacks (501), and unknown system options (400).</summary>
    public static void CheckSupported(IReadOnlyDictionary<string, string> query)
    {
        foreach (var name in query.Keys)
        {
            if (name == WebApiNames.Skip)
            {
                throw WebApiException.BadRequest("The query parameter $skip is not supported.");
            }

            if (Unimplemented.Contains(name))
            {
                throw WebApiException.NotImplemented($"The query option '{name}'");
            }

            if (name.StartsWith('$') && !Known.Contains(name))
            {
                throw WebApiException.BadRequest($"The query parameter {name} is not supported.");
            }
        }
    }

    public static IReadOnlyList<ColumnDefinition>? Select(TableDefinition table, string? select)
    {
        if (string.IsNullOrWhiteSpace(select))
        {
            return null;
        }

        return select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(name => PropertyNames.Resolve(table, name)
                ?? throw new WebApiException(400, ErrorCodes.None, $"Could not find a property named '{name}' on type '{PropertyNames.TypeName(table)}'."))
            .Distinct()
            .ToArray();
    }

    private static List<OrderExpression> Orders(TableDefinition table, OrderByClause? clause)
    {
        var orders = new List<OrderExpression>();
        for (var current = clause; current is not null; current = current.ThenBy)
        {
            var node = current.Expression is ConvertNode convert ? convert.Source : current.Expression;
            var column = node is SingleValuePropertyAccessNode access ? PropertyNames.Resolve(table, access.Property.Name) : null;
            if (column is null)
            {
                throw WebApiException.NotImplemented($"$orderby on an expression of kind '{current.Expression.Kind}' (only properties)");
            }

            orders.Add(new OrderExpression(column.LogicalName, current.Direction == OrderByDirection.Descending ? OrderType.Descending : OrderType.Ascending));
        }

        return orders;
    }

    private static int? Top(string? top) =>
        top is null ? null
        : int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw WebApiException.BadRequest($"Invalid value '{top}' for $top query option found. The $top query option requires a non-negative integer value.");

    private static bool Count(string? count) => count switch
    {
        null or "false" => false,
        "true" => true,
        _ => throw WebApiException.BadRequest($"'{count}' is not a valid count option."),
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"Microsoft\.Dynamics\.CRM\.[A-Za-z]+\(", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex QueryFunction();
}
