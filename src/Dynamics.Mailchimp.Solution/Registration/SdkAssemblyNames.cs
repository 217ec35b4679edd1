using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>The SDK assemblies a plug-in assembly can be built against, and how to tell which one a build used.</summary>
public static class SdkAssemblyNames
{
    /// <summary>Microsoft's SDK (Microsoft.CrmSdk.CoreAssemblies), the only one Dataverse loads a plug-in against.</summary>
    public const string Official = "Microsoft.Xrm.Sdk";

    /// <summary>Our source-compatible facade (src/Xrm.Sdk.Facade), for tests and the sandbox only.</summary>
    public const string Facade = "Dynamics.Mailchimp.Xrm.Sdk.Facade";

    /// <summary>Whether the assembly at <paramref name="path"/> references the facade (read from its metadata, not loaded).</summary>
    /// <param name="path">A .NET assembly.</param>
    /// <returns>True for a facade build.</returns>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static bool IsFacadeBuild(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Any(h => reader.StringComparer.Equals(reader.GetAssemblyReference(h).Name, Facade));
    }

    /// <summary>Why a facade build is refused for an organization, and how to build the official one.</summary>
    /// <param name="path">The refused assembly.</param>
    /// <param name="what">What the caller does with it, e.g. "pack" or "register".</param>
    /// <returns>The message.</returns>
    public static string FacadeRefusal(string path, string what) =>
        $"{path} references {Facade} instead of {Official}: Dataverse cannot load it. "
        + "Build the official plug-in assembly with 'dotnet build src/Dynamics.Mailchimp.Plugins -c Release -f net462 -p:XrmSdk=Official' "
        + $"and {what} bin/Release/net462/Dynamics.Mailchimp.Plugins.dll; pass --allow-facade only for a test that never reaches a real organization.";
}
