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
            // The non-blank of first and last name, joined by a space (per write: no array or iterator).
            var first = row.GetAttributeValue<string>("firstname");
            var last = row.GetAttributeValue<string>("lastname");
            var hasFirst = !string.IsNullOrWhiteSpace(first);
            var hasLast = !string.IsNullOrWhiteSpace(last);
            row["fullname"] = hasFirst && hasLast ? first + " " + last : hasFirst ? first : hasLast ? last : null;
        }
    }
}
