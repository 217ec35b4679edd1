using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Dynamics.Mailchimp.Solution.Schema;
using N = Dynamics.Mailchimp.Solution.Package.CustomizationNames;

namespace Dynamics.Mailchimp.Solution.Package;

/// <summary>
/// Reads a solution zip in the import format (solution.xml, customizations.xml and the plug-in assembly entry at the path
/// its <c>FileName</c> names; /work/shared/reference/dataverse.md §5): the tables and columns of <c>Entities</c>, the
/// plug-in assembly with its types, and the steps. Whatever it cannot read is refused with a
/// <see cref="SolutionPackageException"/> naming the part.
/// </summary>
public static class SolutionPackageReader
{
    /// <summary>Reads the zip at <paramref name="path"/>.</summary>
    /// <param name="path">The zip.</param>
    /// <returns>What it carries.</returns>
    /// <exception cref="SolutionPackageException">The file is missing, not a zip, or a part cannot be read.</exception>
    public static SolutionPackage Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new SolutionPackageException(path, "the file", "does not exist");
        }

        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a zip from <paramref name="stream"/>; <paramref name="name"/> names it in errors.</summary>
    /// <param name="stream">The zip's bytes.</param>
    /// <param name="name">The zip's path or name.</param>
    /// <returns>What it carries.</returns>
    /// <exception cref="SolutionPackageException">The stream is not a zip, or a part cannot be read.</exception>
    public static SolutionPackage Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new SolutionPackageException(name, "the file", $"is not a zip archive ({ex.Message})", ex);
        }

        using (zip)
        {
            var manifest = Document(zip, name, PackageEntries.Solution).Root?.Element(N.SolutionManifest)
                ?? throw new SolutionPackageException(name, PackageEntries.Solution, $"has no {N.Root}/{N.SolutionManifest} element");
            var customizations = Document(zip, name, PackageEntries.Customizations);
            if (customizations.Root?.Name != N.Root)
            {
                throw new SolutionPackageException(name, PackageEntries.Customizations, $"has no {N.Root} root element");
            }

            var assembly = customizations.Root.Element(N.Assemblies)?.Element(N.Assembly);
            return new SolutionPackage(
                Text(manifest, "UniqueName", name),
                Text(manifest, "Version", name),
                Text(manifest, "Managed", name) == "1",
                Tables(customizations.Root, name),
                assembly is null ? null : PackagedAssemblyXml.Read(assembly, file => zip.GetEntry(file) is not null, name),
                (string?)assembly?.Attribute("FullName"),
                assembly?.Element(N.PluginTypes)?.Elements(N.PluginType).Select(t => (string?)t.Attribute("Name") ?? string.Empty).ToList() ?? [],
                Steps(customizations, name));
        }
    }

    private static XDocument Document(ZipArchive zip, string name, string entry)
    {
        var found = zip.GetEntry(entry) ?? throw new SolutionPackageException(name, entry, "is missing");
        try
        {
            using var content = found.Open();
            return XDocument.Load(content);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException)
        {
            throw new SolutionPackageException(name, entry, $"is not well-formed XML ({ex.Message})", ex);
        }
    }

    private static string Text(XElement manifest, string element, string name) =>
        ((string?)manifest.Element(element))?.Trim()
        ?? throw new SolutionPackageException(name, PackageEntries.Solution, $"has no {N.SolutionManifest}/{element}");

    private static SchemaCatalog Tables(XElement root, string name)
    {
        var tables = new List<TableDefinition>();
        foreach (var entity in root.Element(N.Entities)?.Elements(N.Entity) ?? [])
        {
            var part = $"{PackageEntries.Customizations} table '{(string?)entity.Element("Name")}'";
            try
            {
                tables.Add(EntityXmlReader.Read(entity, part));
            }
            catch (Exception ex) when (ex is SchemaSourceException or FormatException or ArgumentNullException)
            {
                throw new SolutionPackageException(name, part, $"cannot be read ({ex.Message})", ex);
            }
        }

        return SchemaCatalog.FromTables(tables);
    }

    private static IReadOnlyList<PackagedStep> Steps(XDocument customizations, string name)
    {
        try
        {
            return PackagedStepXml.Read(customizations);
        }
        catch (FormatException ex)
        {
            throw new SolutionPackageException(name, PackageEntries.Customizations, ex.Message, ex);
        }
    }
}
