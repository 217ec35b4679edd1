using Dynamics.Mailchimp.Solution.Registration;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Solution.Package;

/// <summary>What a solution zip carries that an organization runs: its tables and columns, plug-in assembly, types and steps.</summary>
/// <param name="UniqueName">solution.xml's <c>UniqueName</c>.</param>
/// <param name="Version">solution.xml's <c>Version</c>.</param>
/// <param name="Managed">Whether solution.xml marks the package managed.</param>
/// <param name="Tables">The tables of customizations.xml's <c>Entities</c>, as the zip defines them (no system columns added).</param>
/// <param name="Assembly">The plug-in assembly, or null when the zip carries none.</param>
/// <param name="AssemblyFullName">The assembly's <c>FullName</c> (display name), or null.</param>
/// <param name="PluginTypes">The full names of the assembly's <c>PluginType</c>s.</param>
/// <param name="Steps">The steps, in document order.</param>
public sealed record SolutionPackage(
    string UniqueName,
    string Version,
    bool Managed,
    SchemaCatalog Tables,
    PluginAssemblyRegistration? Assembly,
    string? AssemblyFullName,
    IReadOnlyList<string> PluginTypes,
    IReadOnlyList<PackagedStep> Steps);
