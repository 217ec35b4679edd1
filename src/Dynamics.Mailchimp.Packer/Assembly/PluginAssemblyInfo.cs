namespace Dynamics.Mailchimp.Packer.Assembly;

/// <summary>What the packer needs to know about the built plug-in assembly, read from its metadata.</summary>
/// <param name="Name">The simple name, for example <c>Dynamics.Mailchimp.Plugins</c>.</param>
/// <param name="FullName">The display name Dataverse stores: name, version, culture and public key token.</param>
/// <param name="References">The simple names of the assemblies it references.</param>
/// <param name="TypeNames">The full names of the types it defines.</param>
public sealed record PluginAssemblyInfo(string Name, string FullName, IReadOnlySet<string> References, IReadOnlySet<string> TypeNames);
