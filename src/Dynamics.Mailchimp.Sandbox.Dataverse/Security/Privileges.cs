using System.Collections.Frozen;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>
/// The privileges the Web API checks before it honours a caller header. Ids from
/// https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic ("These ID values are the
/// same for all Dataverse environments"); prvActOnBehalfOfAnotherUser from
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/impersonate-another-user-web-api.
/// </summary>
public static class Privileges
{
    /// <summary>Needed for <c>MSCRM.BypassCustomPluginExecution</c>.</summary>
    public const string BypassCustomPlugins = "prvBypassCustomPlugins";

    /// <summary>Needed for <c>MSCRM.BypassBusinessLogicExecution</c> and <c>MSCRM.BypassBusinessLogicExecutionStepIds</c>.</summary>
    public const string BypassCustomBusinessLogic = "prvBypassCustomBusinessLogic";

    /// <summary>Needed for the impersonation headers <c>CallerObjectId</c> and <c>MSCRMCallerID</c> (the Delegate role has it).</summary>
    public const string ActOnBehalfOfAnotherUser = "prvActOnBehalfOfAnotherUser";

    /// <summary>Every privilege above: what the sandbox admin, a system administrator, holds.</summary>
    public static IReadOnlySet<string> All { get; } = new[] { BypassCustomPlugins, BypassCustomBusinessLogic, ActOnBehalfOfAnotherUser }.ToFrozenSet(StringComparer.Ordinal);
}
