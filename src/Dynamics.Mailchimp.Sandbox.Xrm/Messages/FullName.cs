using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>Keeps <c>fullname</c> as "first last" on tables that have all three columns, as the platform does.</summary>
internal static class FullName
{
    public static void Apply(TableDefinition table, Entity row)
    {
        if (table.Columns.ContainsKey("fullname") && table.Columns.ContainsKey("firstname") && table.Columns.ContainsKey("lastname"))
        {
            var full = string.Join(" ", new[] { row.GetAttributeValue<string>("firstname"), row.GetAttributeValue<string>("lastname") }.Where(s => !string.IsNullOrWhiteSpace(s)));
            row["fullname"] = full.Length == 0 ? null : full;
        }
    }
}
