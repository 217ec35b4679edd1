using Dynamics.Mailchimp.Solution.Registration;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Dynamics.Mailchimp.Packer.Assembly;

/// <summary>Reads a plug-in assembly's identity, references and types from its metadata, without loading it.</summary>
public static class PluginAssemblyInspector
{
    /// <summary>Inspects the assembly at <paramref name="path"/>.</summary>
    /// <param name="path">The assembly file.</param>
    /// <returns>Its identity, references and types.</returns>
    /// <exception cref="PackSourceException">The file is missing or not a .NET assembly.</exception>
    public static PluginAssemblyInfo Inspect(string path)
    {
        if (!File.Exists(path))
        {
            throw new PackSourceException($"The plug-in assembly {path} does not exist; build src/Dynamics.Mailchimp.Plugins first.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var name = reader.GetAssemblyDefinition().GetAssemblyName();
            var references = reader.AssemblyReferences
                .Select(h => reader.GetString(reader.GetAssemblyReference(h).Name))
                .ToHashSet(StringComparer.Ordinal);
            var types = reader.TypeDefinitions
                .Select(h => reader.GetTypeDefinition(h))
                .Where(t => t.GetDeclaringType().IsNil)
                .Select(t => FullName(reader, t))
                .ToHashSet(StringComparer.Ordinal);
            return new PluginAssemblyInfo(name.Name ?? Path.GetFileNameWithoutExtension(path), name.FullName, references, types);
        }
        catch (Exception ex) when (ex is BadImageFormatException or InvalidOperationException)
        {
            throw new PackSourceException($"{path} is not a .NET assembly: {ex.Message}", ex);
        }
    }

    /// <summary>Refuses an assembly built against the facade unless <paramref name="allowFacade"/>.</summary>
    /// <param name="assembly">The inspected assembly.</param>
    /// <param name="path">Its file, named in the message.</param>
    /// <param name="allowFacade">Whether a facade build is allowed (test packs).</param>
    /// <exception cref="FacadeAssemblyException">It references the facade and that is not allowed.</exception>
    public static void EnsureImportable(PluginAssemblyInfo assembly, string path, bool allowFacade)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (!allowFacade && assembly.References.Contains(SdkAssemblyNames.Facade))
        {
            throw new FacadeAssemblyException(path);
        }
    }

    private static string FullName(MetadataReader reader, TypeDefinition type)
    {
        var ns = reader.GetString(type.Namespace);
        var name = reader.GetString(type.Name);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
