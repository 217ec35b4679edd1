using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Dynamics.Mailchimp.Packer.Tests.Support;

/// <summary>
/// Writes a minimal assembly (metadata only, no code) that references one SDK assembly and defines the given types:
/// what an official -p:XrmSdk=Official build looks like to the packer, without the official package on this feed.
/// </summary>
internal static class TestAssemblies
{
    public static string Write(string path, string sdkReference, IEnumerable<string> typeNames)
    {
        var metadata = new MetadataBuilder();
        metadata.AddModule(0, metadata.GetOrAddString("Dynamics.Mailchimp.Plugins.dll"), metadata.GetOrAddGuid(new Guid("0f5b3c1e-0000-4000-8000-000000000001")), default, default);
        metadata.AddAssembly(metadata.GetOrAddString("Dynamics.Mailchimp.Plugins"), new Version(1, 0, 0, 0), default, default, 0, AssemblyHashAlgorithm.None);
        var corlib = metadata.AddAssemblyReference(metadata.GetOrAddString("mscorlib"), new Version(4, 0, 0, 0), default, default, 0, default);
        metadata.AddAssemblyReference(metadata.GetOrAddString(sdkReference), new Version(9, 0, 0, 0), default, default, 0, default);
        var objectType = metadata.AddTypeReference(corlib, metadata.GetOrAddString("System"), metadata.GetOrAddString("Object"));
        var firstField = MetadataTokens.FieldDefinitionHandle(1);
        var firstMethod = MetadataTokens.MethodDefinitionHandle(1);
        metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default, firstField, firstMethod);
        foreach (var typeName in typeNames)
        {
            var dot = typeName.LastIndexOf('.');
            metadata.AddTypeDefinition(
                TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class,
                metadata.GetOrAddString(typeName[..dot]),
                metadata.GetOrAddString(typeName[(dot + 1)..]),
                objectType,
                firstField,
                firstMethod);
        }

        var pe = new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(metadata), new BlobBuilder());
        var blob = new BlobBuilder();
        pe.Serialize(blob);
        File.WriteAllBytes(path, blob.ToArray());
        return path;
    }
}
