using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Json;

/// <summary>
/// The single-valued navigation properties a body may bind with <c>&lt;nav&gt;@odata.bind</c>. Names are case-sensitive
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-properties); a lookup with one target is
/// bound by its name, a lookup with several (a customer lookup) only by its typed name such as
/// <c>parentcustomerid_account</c> (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/associate-disassociate-entities-using-web-api).
/// An activity table's regarding lookup is bound per target through the activity's own relationship,
/// <c>regardingobjectid_&lt;table&gt;_&lt;activity&gt;</c> such as <c>regardingobjectid_contact_task</c> (the task entity type
/// lists it with partner <c>Contact_Tasks</c>: MicrosoftDocs/dynamics-365-customer-engagement progref/webapireference/entitytypes/task.md);
/// the names it inherits from activitypointer (<c>regardingobjectid_contact</c>, partner <c>Contact_ActivityPointers</c>)
/// belong to the read-only pointer and are not bound here.
/// listmember's <c>listid</c> and <c>entityid</c> have no navigation property at all (MicrosoftDocs/dynamics-365-customer-engagement
/// progref/webapireference/entitytypes/listmember.md lists none for <c>_listid_value</c> and <c>_entityid_value</c>).
/// </summary>
internal static class NavigationProperties
{
    private const string Regarding = "regardingobjectid";

    private static readonly Dictionary<string, string[]> LookupsWithoutNavigation = new(StringComparer.Ordinal)
    {
        [TableNames.ListMember] = [ListMemberFields.ListId, ListMemberFields.EntityId],
    };

    /// <summary>The lookup and, for a typed name, the table it must point at; null when the table has no such navigation property.</summary>
    public static (ColumnDefinition Column, string? Target)? Resolve(SchemaCatalog schema, TableDefinition table, string navigation)
    {
        var hidden = LookupsWithoutNavigation.GetValueOrDefault(table.LogicalName) ?? [];
        foreach (var column in table.Columns.Values.Where(c => c.Type == ColumnType.Lookup && !hidden.Contains(c.LogicalName)))
        {
            var targets = schema.LookupTargets(column);
            if (targets.Count <= 1 && string.Equals(column.LogicalName, navigation, StringComparison.Ordinal))
            {
                return (column, null);
            }

            if (targets.Count > 1 && targets.FirstOrDefault(t => string.Equals(Typed(table, column, t), navigation, StringComparison.Ordinal)) is { } target)
            {
                return (column, target);
            }
        }

        return null;
    }

    private static string Typed(TableDefinition table, ColumnDefinition column, string target) =>
        table.IsActivity && column.LogicalName == Regarding ? $"{column.LogicalName}_{target}_{table.LogicalName}" : $"{column.LogicalName}_{target}";
}
