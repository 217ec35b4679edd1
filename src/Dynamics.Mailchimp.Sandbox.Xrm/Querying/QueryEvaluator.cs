using System.Globalization;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Querying;

/// <summary>
/// Runs the QueryExpression subset the connector uses: columns, nested And/Or filters, inner and left-outer links
/// (conditions may name a link alias), orders, Distinct, TopCount and page-number paging.
/// </summary>
internal sealed class QueryEvaluator(SchemaCatalog schema, RowStore store, ColumnIndexes indexes)
{
    public EntityCollection Evaluate(QueryExpression query)
    {
        var table = RowValidator.Table(schema, query.EntityName);
        if (query.TopCount.HasValue && query.PageInfo is { Count: > 0 })
        {
            throw new OrganizationServiceFaultException(OrganizationErrorCodes.InvalidArgument, "The Top Count and Paging Count cannot be used together.");
        }

        var aliases = new Dictionary<string, TableDefinition>(StringComparer.Ordinal);
        IEnumerable<JoinedRow> rows = CandidateRows.For(store, indexes, table, query.Criteria, query.Orders).Select(JoinedRow.Of).ToArray();
        foreach (var link in query.LinkEntities)
        {
            rows = Join(rows, link, null, aliases);
        }

        CheckColumns(query.Criteria, table, aliases);
        var sets = new InValueSets();
        rows = rows.Where(r => ConditionEvaluator.Matches(query.Criteria, alias => RowFor(r, alias, aliases), sets)).ToArray();
        rows = Order(rows, query.Orders, table);
        if (query.Distinct)
        {
            rows = rows.DistinctBy(r => r.Main.Id);
        }

        // The column set is checked once, when a row needs it (an empty result checks none, as before).
        var matched = rows.ToList();
        var mainColumns = matched.Count == 0 ? null : Messages.Projection.Columns(table, query.ColumnSet ?? new ColumnSet());
        var projected = matched.ConvertAll(r => Project(r, query, mainColumns));
        return Page(projected, query, table.LogicalName);
    }

    private IEnumerable<JoinedRow> Join(IEnumerable<JoinedRow> rows, LinkEntity link, string? parentAlias, Dictionary<string, TableDefinition> aliases)
    {
        var linkTable = RowValidator.Table(schema, link.LinkToEntityName);
        var alias = link.EntityAlias ?? link.LinkToEntityName;
        aliases[alias] = linkTable;
        RowValidator.Column(linkTable, link.LinkToAttributeName);
        CheckColumns(link.LinkCriteria, linkTable, null);
        if (link.JoinOperator is not (JoinOperator.Inner or JoinOperator.LeftOuter))
        {
            throw new NotSupportedByInMemoryServiceException($"The join operator {link.JoinOperator}");
        }

        var sets = new InValueSets();
        var candidates = store.Rows(linkTable.LogicalName)
            .Where(l => ConditionEvaluator.Matches(link.LinkCriteria, _ => l, sets))
            .ToLookup(l => ValueComparer.Normalize(Value(l, link.LinkToAttributeName)));
        var joined = rows.SelectMany(row =>
        {
            var parent = parentAlias is null ? row.Main : row.Links.GetValueOrDefault(parentAlias);
            var key = ValueComparer.Normalize(Value(parent, link.LinkFromAttributeName));
            var matches = key is null ? Array.Empty<Entity>() : candidates[key].ToArray();
            if (matches.Length > 0)
            {
                return matches.Select(m => row.With(alias, m));
            }

            return link.JoinOperator == JoinOperator.LeftOuter ? [row.With(alias, null)] : Array.Empty<JoinedRow>();
        }).ToArray();

        IEnumerable<JoinedRow> result = joined;
        foreach (var nested in link.LinkEntities)
        {
            result = Join(result, nested, alias, aliases);
        }

        return result;
    }

    private static object? Value(Entity? row, string column) =>
        row is not null && row.Attributes.TryGetValue(column, out var value) ? value : null;

    private static Entity? RowFor(JoinedRow row, string? alias, Dictionary<string, TableDefinition> aliases) =>
        alias is null ? row.Main
        : aliases.ContainsKey(alias) ? row.Links.GetValueOrDefault(alias)
        : throw new OrganizationServiceFaultException(OrganizationErrorCodes.InvalidArgument, $"A condition names the link '{alias}', which the query does not have.");

    private static void CheckColumns(FilterExpression filter, TableDefinition table, Dictionary<string, TableDefinition>? aliases)
    {
        foreach (var condition in filter.Conditions)
        {
            var owner = condition.EntityName is null || aliases is null ? table : aliases.GetValueOrDefault(condition.EntityName) ?? table;
            RowValidator.Column(owner, condition.AttributeName);
        }

        foreach (var child in filter.Filters)
        {
            CheckColumns(child, table, aliases);
        }
    }

    private static IEnumerable<JoinedRow> Order(IEnumerable<JoinedRow> rows, IList<OrderExpression> orders, TableDefinition table)
    {
        IOrderedEnumerable<JoinedRow>? ordered = null;
        foreach (var order in orders)
        {
            RowValidator.Column(table, order.AttributeName);
            object? Key(JoinedRow r) => ValueComparer.Normalize(Value(r.Main, order.AttributeName));
            var comparer = Comparer<object?>.Create(ValueComparer.Compare);
            ordered = ordered is null
                ? order.OrderType == OrderType.Ascending ? rows.OrderBy(Key, comparer) : rows.OrderByDescending(Key, comparer)
                : order.OrderType == OrderType.Ascending ? ordered.ThenBy(Key, comparer) : ordered.ThenByDescending(Key, comparer);
        }

        return ordered ?? rows.OrderBy(r => r.Main.Id);
    }

    private static Entity Project(JoinedRow row, QueryExpression query, HashSet<string>? mainColumns)
    {
        var result = EntityCopy.Clone(row.Main, mainColumns);
        foreach (var (alias, linked) in row.Links)
        {
            var link = FindLink(query.LinkEntities, alias);
            if (linked is null || link is null)
            {
                continue;
            }

            var columns = link.Columns.AllColumns ? linked.Attributes.Keys.ToArray() : link.Columns.Columns.ToArray();
            foreach (var column in columns.Where(linked.Contains))
            {
                result[$"{alias}.{column}"] = new AliasedValue(link.LinkToEntityName, column, EntityCopy.CloneValue(linked[column]));
            }
        }

        return result;
    }

    private static LinkEntity? FindLink(IEnumerable<LinkEntity> links, string alias) =>
        links.Select(l => (l.EntityAlias ?? l.LinkToEntityName) == alias ? l : FindLink(l.LinkEntities, alias)).FirstOrDefault(l => l is not null);

    private static EntityCollection Page(List<Entity> rows, QueryExpression query, string entityName)
    {
        var size = query.TopCount ?? (query.PageInfo is { Count: > 0 } ? query.PageInfo.Count : 5000);
        var page = query.TopCount.HasValue ? 1 : Math.Max(1, query.PageInfo?.PageNumber ?? 1);
        var slice = rows.Skip((page - 1) * size).Take(size).ToList();
        var more = !query.TopCount.HasValue && rows.Count > page * size;
        return new EntityCollection(slice)
        {
            EntityName = entityName,
            MoreRecords = more,
            PagingCookie = more ? string.Format(CultureInfo.InvariantCulture, "<cookie page=\"{0}\" />", page) : null,
            TotalRecordCount = query.PageInfo?.ReturnTotalRecordCount == true ? rows.Count : -1,
        };
    }
}
