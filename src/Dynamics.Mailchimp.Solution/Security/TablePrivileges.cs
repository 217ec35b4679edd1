using System.Xml.Linq;

namespace Dynamics.Mailchimp.Solution.Security;

/// <summary>
/// The names of table privileges: <c>prv</c> + access + the table's schema name (<c>prvReadContact</c>,
/// <c>prvCreatedmc_syncqueueitem</c>). Activity tables, custom ones included, use the activity privileges
/// (<c>prvCreateActivity</c> …: a custom activity inherits the privileges of activitypointer,
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-activities), and a marketing list's members are governed by the
/// list's privileges (listmember has none of its own; AddMemberList needs prvAppendToList and prvReadList:
/// https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg334794(v=crm.8)).
/// Which tables are organization-owned comes from the solution's Entity.xml (<c>OwnershipTypeMask</c>).
/// </summary>
public sealed class TablePrivileges
{
    private const string SolutionResourcePrefix = "Schema.Solution.";

    private static readonly Dictionary<string, string> SystemSchemaNames = new(StringComparer.Ordinal)
    {
        ["account"] = "Account",
        ["contact"] = "Contact",
        ["lead"] = "Lead",
        ["list"] = "List",
        ["listmember"] = "List",
        ["systemuser"] = "User",
        ["activitypointer"] = "Activity",
        ["environmentvariabledefinition"] = "EnvironmentVariableDefinition",
        ["environmentvariablevalue"] = "EnvironmentVariableValue",
    };

    private readonly HashSet<string> _organizationOwned;

    private TablePrivileges(IEnumerable<string> organizationOwned) => _organizationOwned = organizationOwned.ToHashSet(StringComparer.Ordinal);

    /// <summary>The privilege names and ownership of the connector's tables (solution/src, embedded at build).</summary>
    public static TablePrivileges FromSolution()
    {
        var assembly = typeof(TablePrivileges).Assembly;
        var owned = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(SolutionResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entity = XDocument.Load(stream).Root?.Element("EntityInfo")?.Element("entity");
            if ((string?)entity?.Element("OwnershipTypeMask") == "OrgOwned")
            {
                owned.Add(((string?)entity!.Attribute("Name") ?? string.Empty).ToLowerInvariant());
            }
        }

        return new TablePrivileges(owned);
    }

    /// <summary>Whether rows of <paramref name="table"/> belong to the organization (any granted level reaches them all).</summary>
    public bool IsOrganizationOwned(string table) => _organizationOwned.Contains(table);

    /// <summary>The name a table's privileges end with: <c>Contact</c>, <c>Activity</c> for activity tables, the schema name of a custom table.</summary>
    /// <param name="table">The table's logical name.</param>
    /// <param name="isActivity">Whether it is an activity table.</param>
    public static string EntityName(string table, bool isActivity) =>
        isActivity ? "Activity" : SystemSchemaNames.GetValueOrDefault(table, table);

    /// <summary>The privilege for <paramref name="access"/> on a table, for example <c>prvAppendToList</c>.</summary>
    public static string Name(TableAccess access, string table, bool isActivity) => "prv" + access + EntityName(table, isActivity);
}
