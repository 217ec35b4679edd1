using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>
/// The platform's activity pointers: every row of an activity table (<see cref="TableDefinition.IsActivity"/>) has a row
/// in <c>activitypointer</c> with the same <c>activityid</c> and <c>activitytypecode</c> = the activity's table, kept in
/// step on create, update and delete ("Whenever you create an activity record in Dataverse, a corresponding activity
/// pointer record is created. The activity record and the corresponding activity pointer record have the same value
/// for the ActivityId column": https://learn.microsoft.com/power-apps/developer/data-platform/activitypointer-activity-entity).
/// The pointer table itself takes only Retrieve and RetrieveMultiple (Microsoft's ActivityPointer entity reference,
/// MicrosoftDocs/dynamics-365-customer-engagement ce/developer/entities/activitypointer.md, Messages); other messages are
/// refused with the platform's wording, "The 'Create' method does not support entities of type 'activitypointer'"
/// (as recorded in public integration code against real organizations).
/// </summary>
internal static class ActivityPointers
{
    public const string Table = "activitypointer";
    public const string TypeColumn = "activitytypecode";

    /// <exception cref="OrganizationServiceFaultException">The table is <c>activitypointer</c>.</exception>
    public static void RefuseWrite(string message, TableDefinition table)
    {
        if (table.LogicalName == Table)
        {
            throw new OrganizationServiceFaultException(OrganizationErrorCodes.InvalidArgument, $"The '{message}' method does not support entities of type '{Table}'.");
        }
    }

    /// <summary>Sets the activity type on <paramref name="row"/> (the row about to be stored), whatever the caller sent: the platform owns it.</summary>
    public static void Stamp(TableDefinition table, Entity row)
    {
        if (table.IsActivity)
        {
            row[TypeColumn] = table.LogicalName;
        }
    }

    /// <summary>Writes the pointer of a stored activity row: the pointer table's columns, copied.</summary>
    public static void Mirror(SchemaCatalog schema, RowStore store, TableDefinition table, Entity row)
    {
        if (!table.IsActivity || !schema.Tables.TryGetValue(Table, out var pointerTable))
        {
            return;
        }

        var pointer = new Entity(Table, row.Id) { RowVersion = row.RowVersion };
        foreach (var column in pointerTable.Columns.Keys.Where(row.Contains))
        {
            pointer[column] = EntityCopy.CloneValue(row[column]);
        }

        pointer[pointerTable.PrimaryIdAttribute!] = row.Id;
        store.Put(pointer);
    }

    /// <summary>Removes the pointer of a deleted activity row.</summary>
    public static void Remove(RowStore store, TableDefinition table, Guid id)
    {
        if (table.IsActivity)
        {
            store.Remove(Table, id);
        }
    }
}
