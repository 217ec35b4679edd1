using System.Xml;
using System.Xml.Linq;
using Dynamics.Mailchimp.Packer.Assembly;
using Dynamics.Mailchimp.Packer.Customizations;
using Dynamics.Mailchimp.Packer.Package;
using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Packer;

/// <summary>
/// Packs the solution source, the plug-in assembly and the registration declarations into the unmanaged and the
/// managed solution zip. Pure in its inputs: the same files give byte-identical zips (no clock, no new GUIDs).
/// </summary>
public static class SolutionPacker
{
    /// <summary>The file-name stem of both zips.</summary>
    public const string PackageName = "Dynamics.Mailchimp";

    /// <summary>Packs <paramref name="request"/>.</summary>
    /// <param name="request">The inputs and the output folder.</param>
    /// <param name="cancellationToken">Cancels between the two packages.</param>
    /// <returns>The two zips and the warnings to check before a real import.</returns>
    /// <exception cref="PackSourceException">An input is missing or malformed.</exception>
    /// <exception cref="FacadeAssemblyException">The assembly was built against the facade and the request does not allow it.</exception>
    /// <exception cref="PluginTypeMissingException">A step names a type the assembly does not define.</exception>
    public static PackResult Pack(PackRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var manifest = LoadManifest(request.RegistrationFile);
        var assembly = PluginAssemblyInspector.Inspect(request.PluginAssembly);
        PluginAssemblyInspector.EnsureImportable(assembly, request.PluginAssembly, request.AllowFacade);
        var missing = manifest.Steps.Select(s => s.Plugin).FirstOrDefault(t => !assembly.TypeNames.Contains(t));
        if (missing is not null)
        {
            throw new PluginTypeMissingException(missing, request.PluginAssembly);
        }

        var source = LoadSolution(Path.Combine(request.SolutionFolder, "Other", "Solution.xml"));
        var solution = SolutionManifestBuilder.ManifestElement(source);
        var version = request.Version ?? SolutionManifestBuilder.Required(solution, "Version").Value.Trim();
        var language = (string?)source.Root?.Attribute("languagecode") ?? "1033";
        var entities = CustomizationsBuilder.LoadEntities(Path.Combine(request.SolutionFolder, "Entities"));
        var roles = RolesXml.Load(Path.Combine(request.SolutionFolder, "Roles"));
        var customizations = DeterministicZip.Serialize(CustomizationsBuilder.Build(entities, manifest, assembly, language, roles));
        var assemblyBytes = File.ReadAllBytes(request.PluginAssembly);
        var entityNames = entities.Select(CustomizationsBuilder.LogicalName).ToList();
        var variables = EnvironmentVariableFiles.Load(request.SolutionFolder);

        Directory.CreateDirectory(request.OutputFolder);
        var paths = new List<string>();
        foreach (var managed in new[] { false, true })
        {
            cancellationToken.ThrowIfCancellationRequested();
            var manifestXml = SolutionManifestBuilder.Build(source, version, managed, entityNames, manifest, assembly.FullName, variables.Select(v => v.SchemaName));
            RolesXml.AddRootComponents(manifestXml, roles);
            var entries = new List<KeyValuePair<string, byte[]>>
            {
                new(PackageEntries.Solution, DeterministicZip.Serialize(manifestXml)),
                new(PackageEntries.Customizations, customizations),
                new(PluginAssemblyXml.EntryPath(manifest.Assembly), assemblyBytes),
            };
            entries.AddRange(variables.Select(v => new KeyValuePair<string, byte[]>(v.EntryPath, v.Content)));
            entries.Insert(0, new(PackageEntries.ContentTypes, DeterministicZip.Serialize(ContentTypesXml.Build(entries.Select(e => e.Key)))));
            var path = Path.Combine(request.OutputFolder, ZipName(version, managed));
            DeterministicZip.Write(path, entries);
            paths.Add(path);
        }

        return new PackResult(paths[0], paths[1], Warnings(manifest));
    }

    /// <summary>The file name of a package: <c>Dynamics.Mailchimp_&lt;version&gt;.zip</c> or <c>…_managed.zip</c>.</summary>
    /// <param name="version">The solution version.</param>
    /// <param name="managed">Whether it is the managed package.</param>
    /// <returns>The file name.</returns>
    public static string ZipName(string version, bool managed) => $"{PackageName}_{version}{(managed ? "_managed" : string.Empty)}.zip";

    private static List<string> Warnings(PluginRegistrationManifest manifest) =>
        manifest.Steps
            .Where(s => SdkMessageIds.Find(s.Message) is null)
            .Select(s => $"Step '{s.Name}' ({s.Id}) is packed without SdkMessageId: no recorded source gives the id of message {s.Message}. "
                + $"Confirm it in an organization (GET sdkmessages?$filter=name eq '{s.Message}') and add it to SdkMessageIds before importing this zip.")
            .ToList();

    private static PluginRegistrationManifest LoadManifest(string path)
    {
        if (!File.Exists(path))
        {
            throw new PackSourceException($"The registration declarations {path} do not exist.");
        }

        using var stream = File.OpenRead(path);
        try
        {
            return PluginRegistrationManifest.Parse(stream, path);
        }
        catch (InvalidDataException ex)
        {
            throw new PackSourceException(ex.Message, ex);
        }
    }

    private static XDocument LoadSolution(string path)
    {
        if (!File.Exists(path))
        {
            throw new PackSourceException($"The solution manifest {path} does not exist.");
        }

        try
        {
            return XDocument.Load(path);
        }
        catch (XmlException ex)
        {
            throw new PackSourceException($"{path} is not well-formed XML: {ex.Message}", ex);
        }
    }
}
