using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>
/// Narrows a query to the rows a caller with Read at Basic (user) level owns, as Dataverse does: "User (Basic): the
/// user can access records they own" (https://learn.microsoft.com/power-platform/admin/security-roles-privileges).
/// The query's own filter is kept and combined with <c>primary id in (owned rows)</c>, so paging, counts and
/// <c>$top</c> apply to the owned rows only.
/// </summary>
internal static class OwnedRowsFilter
{
    /// <summary>Restricts <paramref name="query"/> to <paramref name="owned"/>; null leaves it as it is (every row).</summary>
    /// <param name="query">The query of <paramref name="table"/>.</param>
    /// <param name="table">The table queried.</param>
    /// <param name="owned">The rows the caller may see, or null for all (<see cref="TablePrivilegeGuard.RequireQuery"/>).</param>
    public static void Restrict(QueryExpression query, TableDefinition table, IReadOnlyList<Guid>? owned)
    {
        if (owned is null)
        {
            return;
        }

        var primaryId = table.PrimaryIdAttribute ?? throw WebApiException.NotImplemented($"A query at Basic (user) level of '{table.LogicalName}', which has no primary key column");
        var restricted = new FilterExpression(LogicalOperator.And);
        restricted.AddCondition(primaryId, ConditionOperator.In, owned.Cast<object>().ToArray());
        restricted.AddFilter(query.Criteria);
        query.Criteria = restricted;
    }
}
