using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>Finds stored rows, failing as Dataverse does when one is missing or stale.</summary>
internal static class RowLookup
{
    public static Entity Existing(RowStore store, string table, Guid id) =>
        store.TryGet(table, id, out var row)
            ? row
            : throw new OrganizationServiceFaultException(OrganizationErrorCodes.ObjectDoesNotExist, $"{table} With Ids = {id} Does Not Exist");

    public static void CheckVersion(Entity stored, string? expectedVersion, ConcurrencyBehavior behavior)
    {
        if (behavior == ConcurrencyBehavior.IfRowVersionMatches && !string.Equals(stored.RowVersion, expectedVersion, StringComparison.Ordinal))
        {
            throw new OrganizationServiceFaultException(
                OrganizationErrorCodes.ConcurrencyVersionMismatch,
                $"The version of the existing record doesn't match the RowVersion property provided ({stored.LogicalName} {stored.Id}: stored {stored.RowVersion}, given {expectedVersion ?? "none"}).");
        }
    }
}
