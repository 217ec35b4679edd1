using System.Xml.Linq;
using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Packer.Customizations;

/// <summary>
/// solution.xml from Other/Solution.xml: the version, the managed flag, and the root components (type 1 table,
/// 91 plug-in assembly, 92 step; Microsoft's solutioncomponent componenttype, /work/shared/reference/dataverse.md §5).
/// </summary>
public static class SolutionManifestBuilder
{
    /// <summary>Component type of a table.</summary>
    public const int EntityComponent = 1;

    /// <summary>Component type of a plug-in assembly.</summary>
    public const int AssemblyComponent = 91;

    /// <summary>Component type of an SDK message processing step.</summary>
    public const int StepComponent = 92;

    /// <summary>The root component type of an environment variable definition (Microsoft's solutioncomponent reference: 380).</summary>
    public const int EnvironmentVariableComponent = 380;

    /// <summary>The manifest for one package type.</summary>
    /// <param name="source">Other/Solution.xml.</param>
    /// <param name="version">The solution version.</param>
    /// <param name="managed">Whether this is the managed package.</param>
    /// <param name="entityNames">The tables' logical names, in packing order.</param>
    /// <param name="manifest">The registration declarations.</param>
    /// <param name="assemblyFullName">The plug-in assembly's display name.</param>
    /// <param name="environmentVariables">The environment variable definitions' schema names; none when omitted.</param>
    /// <returns>A new document; <paramref name="source"/> is not changed.</returns>
    public static XDocument Build(XDocument source, string version, bool managed, IEnumerable<string> entityNames, PluginRegistrationManifest manifest, string assemblyFullName, IEnumerable<string>? environmentVariables = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(manifest);
        var document = new XDocument(source);
        document.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        var solution = ManifestElement(document);
        Required(solution, "Version").Value = version;
        Required(solution, "Managed").Value = managed ? "1" : "0";
        var components = Required(solution, "RootComponents");
        components.RemoveNodes();
        components.Add(entityNames.Select(n => Component(EntityComponent, null, n)));
        components.Add(Component(AssemblyComponent, manifest.Assembly.Id, assemblyFullName));
        components.Add(manifest.Steps.Select(s => Component(StepComponent, s.Id, null)));
        components.Add((environmentVariables ?? []).Select(n => Component(EnvironmentVariableComponent, null, n)));
        return document;
    }

    /// <summary>The SolutionManifest element of a solution.xml.</summary>
    /// <param name="document">Other/Solution.xml or a packed solution.xml.</param>
    /// <returns>The element.</returns>
    public static XElement ManifestElement(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Root?.Element("SolutionManifest")
            ?? throw new PackSourceException("Other/Solution.xml has no ImportExportXml/SolutionManifest element.");
    }

    /// <summary>A child of the manifest that must be present.</summary>
    /// <param name="solution">The SolutionManifest element.</param>
    /// <param name="name">The child's name.</param>
    /// <returns>The child.</returns>
    public static XElement Required(XElement solution, string name)
    {
        ArgumentNullException.ThrowIfNull(solution);
        return solution.Element(name) ?? throw new PackSourceException($"Other/Solution.xml has no SolutionManifest/{name} element.");
    }

    private static XElement Component(int type, Guid? id, string? schemaName) =>
        new(
            "RootComponent",
            new XAttribute("type", type),
            id is { } value ? new XAttribute("id", "{" + value.ToString() + "}") : null,
            schemaName is null ? null : new XAttribute("schemaName", schemaName),
            new XAttribute("behavior", 0));
}
