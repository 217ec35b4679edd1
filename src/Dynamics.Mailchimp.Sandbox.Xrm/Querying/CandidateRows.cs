using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Querying;

/// <summary>
/// The rows a query has to look at: when its top-level <c>And</c> filter pins the primary id (<c>eq</c> or <c>in</c>),
/// only those rows, found by id; otherwise the whole table. The filter is still evaluated on every candidate, so this
/// only narrows the scan (a write's existence check or a 1,000-id read no longer walks a table of 100,000 rows).
/// </summary>
internal static class CandidateRows
{
    public static IEnumerable<Entity> For(RowStore store, TableDefinition table, FilterExpression criteria)
    {
        if (criteria.FilterOperator == LogicalOperator.And && table.PrimaryIdAttribute is { } primaryId)
        {
            foreach (var condition in criteria.Conditions)
            {
                if (condition.EntityName is null
                    && string.Equals(condition.AttributeName, primaryId, StringComparison.OrdinalIgnoreCase)
                    && condition.Operator is ConditionOperator.Equal or ConditionOperator.In
                    && Ids(condition) is { } ids)
                {
                    return ids.Select(id => store.TryGet(table.LogicalName, id, out var row) ? row : null).OfType<Entity>().ToArray();
                }
            }
        }

        return store.Rows(table.LogicalName);
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
