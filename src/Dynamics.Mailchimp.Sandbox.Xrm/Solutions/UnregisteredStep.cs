using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Solutions;

/// <summary>A step of an imported zip that the sandbox did not register, and why.</summary>
/// <param name="Step">The step as the zip declares it (its message empty when the zip gives none).</param>
/// <param name="Reason">Why it is not registered.</param>
public sealed record UnregisteredStep(PluginStepRegistration Step, string Reason);
