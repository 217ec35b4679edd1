namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>Names of the privileges the in-memory organization checks.</summary>
public static class PrivilegeNames
{
    /// <summary>Needed for <c>MSCRM.BypassCustomPluginExecution</c> (by default only System Administrators hold it).</summary>
    public const string BypassCustomPlugins = "prvBypassCustomPlugins";

    /// <summary>Needed for <c>MSCRM.BypassBusinessLogicExecution</c>.</summary>
    public const string BypassCustomBusinessLogic = "prvBypassCustomBusinessLogic";
}
