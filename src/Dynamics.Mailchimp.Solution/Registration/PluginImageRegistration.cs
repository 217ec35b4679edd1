namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>An entity image a step asks for.</summary>
/// <param name="Id">Stable image id (never change it once shipped).</param>
/// <param name="Alias">The key the plug-in reads the image by.</param>
/// <param name="Type">Pre or post.</param>
/// <param name="Attributes">The columns the image holds.</param>
public sealed record PluginImageRegistration(Guid Id, string Alias, PluginImageType Type, IReadOnlyList<string> Attributes);
