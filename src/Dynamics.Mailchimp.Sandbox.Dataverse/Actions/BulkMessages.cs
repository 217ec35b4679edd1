using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Actions;

/// <summary>
/// The bulk operation messages, actions bound to an entity set
/// (<c>POST /&lt;set&gt;/Microsoft.Dynamics.CRM.UpsertMultiple {"Targets":[…]}</c>). The sandbox serves
/// <c>UpsertMultiple</c>; <c>CreateMultiple</c>, <c>UpdateMultiple</c> and <c>DeleteMultiple</c> are known and answer 501.
/// Microsoft: "You can use the CreateMultiple and UpdateMultiple bulk operation messages with custom standard tables and
/// many common standard tables, but not all", and UpsertMultiple "is available for tables that support CreateMultiple and
/// UpdateMultiple" (https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations, "Availability";
/// "Any custom table should support them", https://learn.microsoft.com/power-apps/developer/data-platform/optimize-performance-create-update).
/// Custom activity tables are custom tables (the CreateMultiple action reference lists the portal's activity table
/// <c>adx_portalcomment</c>). Which standard tables have them the sandbox does not know: there they answer 501.
/// </summary>
internal static class BulkMessages
{
    public const string UpsertMultiple = "UpsertMultiple";
    public const string Targets = "Targets";
    public const string ODataId = "@odata.id";

    /// <summary>The connector's publisher prefix: its tables are the custom tables of the sandbox's schema.</summary>
    public const string CustomPrefix = "dmc_";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { UpsertMultiple, "CreateMultiple", "UpdateMultiple", "DeleteMultiple" };

    /// <summary>Whether <paramref name="name"/> is a bulk operation message (bound to an entity set).</summary>
    public static bool IsBulk(string name) => Known.Contains(name);

    /// <summary>Whether the sandbox serves <paramref name="name"/> on <paramref name="table"/>.</summary>
    public static bool IsServed(string name, TableDefinition table) =>
        name == UpsertMultiple && table.LogicalName.StartsWith(CustomPrefix, StringComparison.Ordinal);
}
