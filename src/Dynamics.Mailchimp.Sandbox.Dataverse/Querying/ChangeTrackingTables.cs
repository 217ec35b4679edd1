using System.Collections.Frozen;
using System.Reflection;
using System.Xml.Linq;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// The tables with change tracking enabled: those whose table definition says <c>&lt;ChangeTrackingEnabled&gt;1&lt;/ChangeTrackingEnabled&gt;</c>,
/// in the connector's solution (solution/src/Entities/*/Entity.xml) or in the organization's system tables (as exported
/// from Dataverse). Only these answer <c>Prefer: odata.track-changes</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/use-change-tracking-synchronize-data-external-systems).
/// </summary>
internal static class ChangeTrackingTables
{
    private const string SolutionPrefix = "Schema.Solution.";
    private const string SystemPrefix = "SystemTables.";

    public static IReadOnlySet<string> FromTableDefinitions() =>
        Enabled(typeof(SchemaCatalog).Assembly, SolutionPrefix)
            .Concat(Enabled(typeof(OrganizationSchema).Assembly, SystemPrefix))
            .ToFrozenSet(StringComparer.Ordinal);

    private static IEnumerable<string> Enabled(Assembly assembly, string prefix)
    {
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entity = XDocument.Load(stream).Root?.Element("EntityInfo")?.Element("entity");
            if (entity?.Attribute("Name")?.Value is { } table && (string?)entity.Descendants("ChangeTrackingEnabled").FirstOrDefault() == "1")
            {
                yield return table.ToLowerInvariant();
            }
        }
    }
}
