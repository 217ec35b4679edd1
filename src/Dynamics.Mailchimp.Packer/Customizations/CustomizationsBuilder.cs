using System.Xml;
using System.Xml.Linq;
using Dynamics.Mailchimp.Packer.Assembly;
using Dynamics.Mailchimp.Solution.Registration;
using N = Dynamics.Mailchimp.Solution.Package.CustomizationNames;

namespace Dynamics.Mailchimp.Packer.Customizations;

/// <summary>
/// Assembles customizations.xml: every Entities/*/Entity.xml (in ordinal folder order), the plug-in assembly and the
/// steps of the registration declarations (in declaration order), and the solution's language.
/// </summary>
public static class CustomizationsBuilder
{
    /// <summary>The customizations document.</summary>
    /// <param name="entities">The Entity.xml documents, in the order they are packed.</param>
    /// <param name="manifest">The registration declarations.</param>
    /// <param name="assembly">The inspected plug-in assembly.</param>
    /// <param name="languageCode">The solution's base language, for example 1033.</param>
    /// <param name="roles">The security roles' <c>Role</c> elements (<see cref="RolesXml.Load"/>); none when null.</param>
    /// <returns>The document.</returns>
    public static XDocument Build(IEnumerable<XElement> entities, PluginRegistrationManifest manifest, PluginAssemblyInfo assembly, string languageCode, IEnumerable<XElement>? roles = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(assembly);
        var root = new XElement(
            N.Root,
            new XElement(N.Entities, entities.Select(Detach)),
            RolesXml.Build(roles),
            PluginAssemblyXml.Build(manifest, assembly),
            new XElement(N.Steps, manifest.Steps.Select(s => StepXml.Build(s, manifest.Assembly.Id, assembly.FullName))),
            new XElement(N.Languages, new XElement(N.Language, languageCode)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>Reads the Entity.xml files under <paramref name="entitiesFolder"/>, ordered by folder name (ordinal), with their views and forms (<see cref="EntityUiXml"/>).</summary>
    /// <param name="entitiesFolder">solution/src/Entities.</param>
    /// <returns>Each file's root element.</returns>
    /// <exception cref="PackSourceException">The folder is missing, or a file is not well-formed XML.</exception>
    public static IReadOnlyList<XElement> LoadEntities(string entitiesFolder)
    {
        if (!Directory.Exists(entitiesFolder))
        {
            throw new PackSourceException($"The solution source has no Entities folder at {entitiesFolder}.");
        }

        var files = Directory.EnumerateFiles(entitiesFolder, "Entity.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Select(f => EntityUiXml.Attach(Load(f), Path.GetDirectoryName(f)!)).ToList();
    }

    /// <summary>The logical name of a table from its Entity.xml root (<c>Name</c>, lower-cased as Dataverse stores it).</summary>
    /// <param name="entity">The Entity element.</param>
    /// <returns>For example <c>account</c> or <c>dmc_syncstate</c>.</returns>
    public static string LogicalName(XElement entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return ((string?)entity.Element("Name") ?? string.Empty).ToLowerInvariant();
    }

    private static XElement Load(string file)
    {
        try
        {
            return XElement.Load(file, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new PackSourceException($"{file} is not well-formed XML: {ex.Message}", ex);
        }
    }

    // A copy without the source file's namespace declarations and comments: customizations.xml declares none.
    private static XElement Detach(XElement entity)
    {
        var copy = new XElement(entity);
        copy.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        copy.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        return copy;
    }
}
