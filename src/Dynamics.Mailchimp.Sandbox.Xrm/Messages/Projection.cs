using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>Which columns a ColumnSet returns: all, or the named ones (each must exist) plus the primary key.</summary>
internal static class Projection
{
    public static HashSet<string>? Columns(TableDefinition table, ColumnSet columns)
    {
        if (columns.AllColumns)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal) { table.PrimaryIdAttribute! };
        foreach (var name in columns.Columns)
        {
            names.Add(RowValidator.Column(table, name).LogicalName);
        }

        return names;
    }
}
