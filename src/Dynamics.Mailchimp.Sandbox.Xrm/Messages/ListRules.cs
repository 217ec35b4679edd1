using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>
/// What a marketing list's state allows. Microsoft's list reference: "Inactive marketing lists are read-only and can't be
/// edited unless they are reactivated" (StateCode); "If Yes is selected, no additional members can be added" (LockStatus).
/// </summary>
/// <remarks>The exact Dataverse error code for these refusals was not found in a public source; the code is 0x80040203.</remarks>
internal static class ListRules
{
    public const string LockStatus = "lockstatus";

    private const int Inactive = 1;

    /// <summary>Refuses any change to an inactive list or its members.</summary>
    public static void CheckActive(Entity list)
    {
        if (list.GetAttributeValue<OptionSetValue>(ListFields.StateCode)?.Value == Inactive)
        {
            throw new OrganizationServiceFaultException(
                OrganizationErrorCodes.InvalidArgument,
                $"The marketing list {list.Id} is inactive; inactive marketing lists are read-only until they are reactivated.");
        }
    }

    /// <summary>An update of an inactive list is refused unless it reactivates the list.</summary>
    public static void CheckUpdate(Entity stored, Entity target)
    {
        if (stored.LogicalName == TableNames.List && target.GetAttributeValue<OptionSetValue>(ListFields.StateCode)?.Value is not 0)
        {
            CheckActive(stored);
        }
    }
}
