namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>The values of <c>MSCRM.BypassBusinessLogicExecution</c> (<c>CustomSync</c>, <c>CustomAsync</c>, or both, comma-separated).</summary>
[Flags]
public enum BusinessLogicBypass
{
    /// <summary>Run all custom logic.</summary>
    None = 0,

    /// <summary>Do not run synchronous plug-in steps.</summary>
    CustomSync = 1,

    /// <summary>Do not run asynchronous plug-in steps.</summary>
    CustomAsync = 2,
}
