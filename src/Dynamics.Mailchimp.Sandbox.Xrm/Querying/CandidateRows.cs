using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Querying;

/// <summary>
/// The rows a query has to look at. When its top-level <c>And</c> filter (or an <c>And</c> filter nested in it) pins
/// the primary id (<c>eq</c> or <c>in</c>),
/// only those rows, found by id; else, when it has an <c>eq</c> or <c>in</c> on another column of the main table, the
/// rows its index (<see cref="ColumnIndexes"/>) holds for the condition that matches the fewest rows; otherwise the whole
/// table. The filter is still evaluated on every candidate, so this only narrows the scan.
/// </summary>
internal static class CandidateRows
{
    public static IEnumerable<Entity> For(RowStore store, ColumnIndexes indexes, TableDefinition table, FilterExpression criteria, IEnumerable<OrderExpression> orders)
    {
        if (criteria.FilterOperator != LogicalOperator.And)
        {
            return store.Rows(table.LogicalName);
        }

        var pinned = new List<ConditionExpression>();
        AddPinned(criteria, pinned);
        var primaryId = table.PrimaryIdAttribute;
        foreach (var condition in pinned)
        {
            if (string.Equals(condition.AttributeName, primaryId, StringComparison.OrdinalIgnoreCase) && Ids(condition) is { } ids)
            {
                var rows = new List<Entity>(ids.Count);
                foreach (var id in ids)
                {
                    if (store.TryGet(table.LogicalName, id, out var row))
                    {
                        rows.Add(row);
                    }
                }

                return rows;
            }
        }

        // The first of the conditions whose index holds the fewest rows, on a column of the main table (listid eq L
        // and entityid in (1,000 ids): the 1,000 members, not every member of the list). Rows that tie in the query's
        // order keep the order of the candidates, so unless the order leaves no ties (none given: by id; or one on the
        // primary id), the condition with the fewest values is taken, as it always was. A single condition is not counted.
        var onTable = pinned.Where(c => table.Columns.ContainsKey(c.AttributeName)).ToList();
        var byRows = onTable.Count > 1 && (!orders.Any() || orders.Any(o => string.Equals(o.AttributeName, primaryId, StringComparison.OrdinalIgnoreCase)));
        ConditionExpression? narrowest = null;
        var fewest = int.MaxValue;
        foreach (var condition in onTable)
        {
            var size = byRows ? indexes.CountMatching(table.LogicalName, condition.AttributeName, condition.Values) : condition.Values.Count;
            if (size < fewest)
            {
                narrowest = condition;
                fewest = size;
            }
        }

        return narrowest is null
            ? store.Rows(table.LogicalName)
            : indexes.Matching(table.LogicalName, narrowest.AttributeName, narrowest.Values);
    }

    // The eq and in conditions on the main table every matching row meets: those of an And filter and of the And
    // filters nested in it (FetchXML's <filter type="and"> arrives as such a child), in that order.
    private static void AddPinned(FilterExpression filter, List<ConditionExpression> pinned)
    {
        if (filter.FilterOperator != LogicalOperator.And)
        {
            return;
        }

        foreach (var condition in filter.Conditions)
        {
            if (condition.EntityName is null && condition.Operator is ConditionOperator.Equal or ConditionOperator.In && condition.Values.Count > 0)
            {
                pinned.Add(condition);
            }
        }

        foreach (var child in filter.Filters)
        {
            AddPinned(child, pinned);
        }
    }

    private static HashSet<Guid>? Ids(ConditionExpression condition)
    {
        var ids = new HashSet<Guid>();
        foreach (var value in condition.Values)
        {
            switch (ValueComparer.Normalize(value))
            {
                case Guid id:
                    ids.Add(id);
                    break;
                default:
                    // Any other value type is left to the full evaluation (and its own error, if it is one).
                    return null;
            }
        }

        return ids;
    }
}
