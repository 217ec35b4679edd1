using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Dynamics.Mailchimp.Solution.Security;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>
/// Checks the table privileges of a Web API operation before it runs, as Dataverse does, and refuses with
/// <see cref="PrivilegeDenial"/> (403, <c>0x80040220</c>) naming the first one missing. Depth, for a sandbox with one
/// business unit (https://learn.microsoft.com/power-platform/admin/security-roles-privileges): on an organization-owned
/// table any level reaches every row; on a user-owned table Local, Deep and Global reach every row (every user is in the
/// root business unit), and Basic reaches only the rows the user owns: it may create (the creator owns the new row) and
/// read, write or delete a row it created through the Web API (<see cref="RowOwners"/>), and a query at Basic returns only
/// those rows (<see cref="RequireQuery"/>, <see cref="OwnedRowsFilter"/>); where the sandbox cannot filter so (a table
/// linked into a query, change tracking), it answers 501. Writing a lookup needs Append on the written table and AppendTo on the
/// table it points at. listmember has no privileges of its own: reading members needs prvReadList, adding or removing one
/// prvReadList and prvAppendToList, as the list-membership messages.
/// </summary>
internal sealed class TablePrivilegeGuard(SchemaCatalog schema, TablePrivileges tables)
{
    private const int FirstCustomTypeCode = 10000;

    public RowOwners Owners { get; } = new();

    /// <summary>Refuses <paramref name="access"/> on <paramref name="table"/> (the row <paramref name="rowId"/>, or a query when null).</summary>
    /// <param name="caller">The caller.</param>
    /// <param name="table">The table.</param>
    /// <param name="access">The access.</param>
    /// <param name="rowId">The row, or null for a query.</param>
    /// <param name="creating">The row is being created by the caller, who will own it (Basic suffices).</param>
    public void Require(WebApiCaller caller, TableDefinition table, TableAccess access, Guid? rowId = null, bool creating = false)
    {
        if (caller.Privileges.IsUnrestricted)
        {
            return;
        }

        if (table.LogicalName == TableNames.ListMember)
        {
            var list = schema.GetTable(TableNames.List);
            Require(caller, list, TableAccess.Read);
            if (access != TableAccess.Read)
            {
                Require(caller, list, TableAccess.AppendTo);
            }

            return;
        }

        var privilege = TablePrivileges.Name(access, table.LogicalName, table.IsActivity);
        var depth = caller.Privileges.Depth(privilege) ?? throw Denied(caller, privilege, table);
        if (depth != PrivilegeDepth.Basic || creating || access == TableAccess.Create || tables.IsOrganizationOwned(table.LogicalName))
        {
            return;
        }

        if (rowId is not { } id)
        {
            throw WebApiException.NotImplemented($"Reading '{table.LogicalName}' in this query with {privilege} at Basic (user) level (Dataverse returns only the user's rows; the sandbox filters by owner only the main table of a $filter or FetchXML query)");
        }

        if (!Owners.IsOwnedBy(table.LogicalName, id, caller.UserId))
        {
            throw Denied(caller, privilege, table, $" The {table.LogicalName} {id} is not the user's, and {privilege} is held at Basic (user) level only.");
        }
    }

    /// <summary>
    /// Refuses a query of <paramref name="table"/> without its Read privilege, and says which rows it may return: null
    /// for every row, or, with Read at Basic (user) level on a user-owned table, the ids of the rows the caller owns.
    /// </summary>
    /// <param name="caller">The caller.</param>
    /// <param name="table">The table queried.</param>
    /// <returns>The rows the caller may see, or null for all.</returns>
    public IReadOnlyList<Guid>? RequireQuery(WebApiCaller caller, TableDefinition table)
    {
        if (caller.Privileges.IsUnrestricted || table.LogicalName == TableNames.ListMember || tables.IsOrganizationOwned(table.LogicalName))
        {
            Require(caller, table, TableAccess.Read);
            return null;
        }

        var privilege = TablePrivileges.Name(TableAccess.Read, table.LogicalName, table.IsActivity);
        var depth = caller.Privileges.Depth(privilege) ?? throw Denied(caller, privilege, table);
        return depth == PrivilegeDepth.Basic ? Owners.OwnedBy(table.LogicalName, caller.UserId) : null;
    }

    /// <summary>Refuses a create or update of <paramref name="entity"/> the caller may not make, lookups included.</summary>
    public void RequireWrite(WebApiCaller caller, TableDefinition table, Entity entity, bool create)
    {
        Require(caller, table, create ? TableAccess.Create : TableAccess.Write, entity.Id, creating: create);
        foreach (var target in entity.Attributes.Values.OfType<EntityReference>().Select(r => r.LogicalName).Distinct(StringComparer.Ordinal))
        {
            Require(caller, table, TableAccess.Append, entity.Id, creating: create);
            Require(caller, schema.GetTable(target), TableAccess.AppendTo);
        }
    }

    /// <summary>The object type code a refusal names: the table's, or a stable one from 10,000 for custom tables.</summary>
    public int ObjectTypeCode(TableDefinition table) =>
        table.ObjectTypeCode ?? FirstCustomTypeCode + schema.Tables.Values
            .Where(t => t.ObjectTypeCode is null)
            .Select(t => t.LogicalName)
            .Order(StringComparer.Ordinal)
            .ToList()
            .IndexOf(table.LogicalName);

    private WebApiException Denied(WebApiCaller caller, string privilege, TableDefinition table, string? detail = null) =>
        PrivilegeDenial.Missing(caller.UserId, caller.Privileges, privilege, ObjectTypeCode(table), table.LogicalName, detail);
}
