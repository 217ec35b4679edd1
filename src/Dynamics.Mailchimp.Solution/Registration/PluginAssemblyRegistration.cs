namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>The plug-in assembly as it is registered.</summary>
/// <param name="Name">Assembly name.</param>
/// <param name="Id">Stable PluginAssemblyId.</param>
/// <param name="IsolationMode">Always <c>Sandbox</c> online.</param>
/// <param name="SourceType">Always <c>Database</c> online.</param>
public sealed record PluginAssemblyRegistration(string Name, Guid Id, string IsolationMode, string SourceType);
