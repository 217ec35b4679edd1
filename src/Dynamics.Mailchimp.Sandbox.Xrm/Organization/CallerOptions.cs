namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>Who calls the organization and how (what a Web API request carries besides its body).</summary>
/// <param name="UserId">The calling user.</param>
/// <param name="SharedVariables">Values the top-level plug-in context receives, e.g. the Web API <c>tag</c>.</param>
/// <param name="BypassCustomPlugins">Skip the plug-in pipeline (<c>MSCRM.BypassCustomPluginExecution</c>).</param>
public sealed record CallerOptions(Guid UserId, IReadOnlyDictionary<string, object>? SharedVariables = null, bool BypassCustomPlugins = false);
