using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Storage;

/// <summary>
/// Alternate keys, as Dataverse enforces them. Each key is a unique index over its columns, filtered to rows where every
/// key column has a value (Dataverse's generated DDL: <c>CREATE UNIQUE NONCLUSTERED INDEX [ndx_for_entitykey_…] … WHERE
/// ([col] IS NOT NULL AND …)</c>), so a row with an empty key column is never a duplicate. Text compares ignoring case,
/// as the organization database's collation does. The check runs under the organization's lock against every stored
/// row, uncommitted rows of the same transaction included, through the key's index (<see cref="AlternateKeyIndex"/>),
/// so a write costs one lookup whatever the table's size.
/// </summary>
internal static class AlternateKeyRules
{
    /// <summary>Refuses <paramref name="row"/> (the row as it will be stored) when a key's values match another row's.</summary>
    /// <exception cref="OrganizationServiceFaultException">0x80060892 (DuplicateRecordEntityKey), naming the key and its columns.</exception>
    public static void Check(TableDefinition table, RowStore store, Entity row)
    {
        foreach (var key in table.Keys)
        {
            var index = store.KeyIndex(table.LogicalName, key);
            if (index.ValuesOf(row) is { } values && index.Holders(values).Any(id => id != row.Id))
            {
                throw new OrganizationServiceFaultException(OrganizationErrorCodes.DuplicateRecordEntityKey, Message(table, key));
            }
        }
    }

    private static string Message(TableDefinition table, EntityKeyDefinition key)
    {
        var columns = string.Join(", ", key.Attributes.Select(a => table.Columns.GetValueOrDefault(a)?.DisplayName ?? a));
        return $"Entity Key {key.DisplayName} violated. A record with the same value for {columns} already exists. A duplicate record cannot be created. Select one or more unique values and try again.";
    }
}
