using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Querying;

/// <summary>
/// The rows a query has to look at. When its top-level <c>And</c> filter (or an <c>And</c> filter nested in it) pins
/// the primary id (<c>eq</c> or <c>in</c>),
/// only those rows, found by id; else, when it has an <c>eq</c> or <c>in</c> on another column of the main table, the
/// rows its index (<see cref="ColumnIndexes"/>) holds for the condition with the fewest values; otherwise the whole
/// table. The filter is still evaluated on every candidate, so this only narrows the scan.
/// </summary>
internal static class CandidateRows
{
    public static IEnumerable<Entity> For(RowStore store, ColumnIndexes indexes, TableDefinition table, FilterExpression criteria)
    {
        if (criteria.FilterOperator != LogicalOperator.And)
        {
            return store.Rows(table.LogicalName);
        }

        var pinned = Required(criteria)
            .Where(c => c.EntityName is null && c.Operator is ConditionOperator.Equal or ConditionOperator.In && c.Values.Count > 0)
            .ToArray();
        var primaryId = table.PrimaryIdAttribute;
        foreach (var condition in pinned.Where(c => string.Equals(c.AttributeName, primaryId, StringComparison.OrdinalIgnoreCase)))
        {
            if (Ids(condition) is { } ids)
            {
                return ids.Select(id => store.TryGet(table.LogicalName, id, out var row) ? row : null).OfType<Entity>().ToArray();
            }
        }

        var narrowest = pinned.Where(c => table.Columns.ContainsKey(c.AttributeName)).MinBy(c => c.Values.Count);
        return narrowest is null
            ? store.Rows(table.LogicalName)
            : indexes.Matching(table.LogicalName, narrowest.AttributeName, narrowest.Values);
    }

    // The conditions every matching row meets: those of an And filter and of the And filters nested in it (FetchXML's
    // <filter type="and"> arrives as such a child).
    private static IEnumerable<ConditionExpression> Required(FilterExpression filter) =>
        filter.FilterOperator != LogicalOperator.And
            ? []
            : filter.Conditions.Concat(filter.Filters.SelectMany(Required));

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
