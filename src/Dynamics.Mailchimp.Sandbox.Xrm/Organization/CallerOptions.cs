namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>Who calls the organization and how (what a Web API request carries besides its body).</summary>
/// <param name="UserId">The calling user.</param>
/// <param name="SharedVariables">Values the top-level plug-in context receives, e.g. the Web API <c>tag</c>.</param>
/// <param name="BypassCustomPlugins">
/// <c>MSCRM.BypassCustomPluginExecution: true</c>: synchronous steps do not run; asynchronous steps still do.
/// Needs <see cref="PrivilegeNames.BypassCustomPlugins"/>.
/// </param>
/// <remarks>
/// Microsoft, "Bypass custom Dataverse logic" (learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic):
/// BypassCustomPluginExecution "bypasses synchronous logic only"; BypassBusinessLogicExecution takes CustomSync, CustomAsync
/// or both. A caller without the privilege is refused with 0x80040220 (PrivilegeDenied); the SYSTEM user holds every privilege.
/// </remarks>
public sealed record CallerOptions(Guid UserId, IReadOnlyDictionary<string, object>? SharedVariables = null, bool BypassCustomPlugins = false)
{
    /// <summary><c>MSCRM.BypassBusinessLogicExecution</c>: which custom logic not to run. Needs <see cref="PrivilegeNames.BypassCustomBusinessLogic"/>.</summary>
    /// <value><see cref="BusinessLogicBypass.None"/>.</value>
    public BusinessLogicBypass BypassBusinessLogic { get; init; }

    /// <summary>The privileges the caller holds that the organization checks (see <see cref="PrivilegeNames"/>).</summary>
    /// <value>None.</value>
    public IReadOnlyCollection<string> Privileges { get; init; } = [];

    /// <summary>This caller, also holding <paramref name="privilege"/>.</summary>
    public CallerOptions WithPrivilege(string privilege) => this with { Privileges = Privileges.Append(privilege).Distinct(StringComparer.Ordinal).ToArray() };
}
