using Dynamics.Mailchimp.Sandbox.Xrm.Faults;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>Which plug-in steps a caller's bypass options skip, and whether the caller may use them.</summary>
internal static class CustomLogicBypass
{
    /// <summary>Refuses a bypass the caller holds no privilege for; SYSTEM holds every privilege.</summary>
    /// <exception cref="OrganizationServiceFaultException">0x80040220 naming the user and the missing privilege.</exception>
    public static void Check(CallerOptions caller, Guid systemUserId)
    {
        if (caller.BypassCustomPlugins)
        {
            Require(caller, systemUserId, PrivilegeNames.BypassCustomPlugins, "BypassCustomPluginExecution");
        }

        if (caller.BypassBusinessLogic != BusinessLogicBypass.None)
        {
            Require(caller, systemUserId, PrivilegeNames.BypassCustomBusinessLogic, "BypassBusinessLogicExecution");
        }
    }

    /// <summary>Synchronous steps are skipped (BypassCustomPluginExecution, or BypassBusinessLogicExecution CustomSync).</summary>
    public static bool SkipsSynchronous(CallerOptions caller) =>
        caller.BypassCustomPlugins || caller.BypassBusinessLogic.HasFlag(BusinessLogicBypass.CustomSync);

    /// <summary>Asynchronous steps are skipped (BypassBusinessLogicExecution CustomAsync only).</summary>
    public static bool SkipsAsynchronous(CallerOptions caller) => caller.BypassBusinessLogic.HasFlag(BusinessLogicBypass.CustomAsync);

    private static void Require(CallerOptions caller, Guid systemUserId, string privilege, string parameter)
    {
        if (caller.UserId != systemUserId && !caller.Privileges.Contains(privilege, StringComparer.Ordinal))
        {
            throw new OrganizationServiceFaultException(
                OrganizationErrorCodes.PrivilegeDenied,
                $"Principal user (Id={caller.UserId}, type=8) is missing {privilege} privilege; the {parameter} optional parameter needs it.");
        }
    }
}
