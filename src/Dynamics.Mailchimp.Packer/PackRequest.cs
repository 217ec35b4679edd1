namespace Dynamics.Mailchimp.Packer;

/// <summary>What to pack and where to write it.</summary>
/// <param name="SolutionFolder">The unpacked solution source (solution/src: Other/Solution.xml and Entities/*/Entity.xml).</param>
/// <param name="RegistrationFile">PluginRegistration/plugin-steps.json.</param>
/// <param name="PluginAssembly">The built plug-in assembly (net462, built with <c>-p:XrmSdk=Official</c>).</param>
/// <param name="OutputFolder">Where the two zips are written.</param>
/// <param name="AllowFacade">Packs an assembly built against the SDK facade (tests only: Dataverse cannot load it).</param>
/// <param name="Version">The solution version; the one in Other/Solution.xml when null.</param>
public sealed record PackRequest(
    string SolutionFolder,
    string RegistrationFile,
    string PluginAssembly,
    string OutputFolder,
    bool AllowFacade = false,
    string? Version = null);
