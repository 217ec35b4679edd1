namespace Dynamics.Mailchimp.Packer.Assembly;

/// <summary>The plug-in assembly was built against the SDK facade, which Dataverse cannot load.</summary>
public sealed class FacadeAssemblyException : Exception
{
    /// <summary>Creates the exception for <paramref name="assemblyPath"/>.</summary>
    /// <param name="assemblyPath">The refused assembly.</param>
    public FacadeAssemblyException(string assemblyPath)
        : base($"{assemblyPath} references {SdkAssemblyNames.Facade} instead of {SdkAssemblyNames.Official}: Dataverse cannot load it. "
            + "Build the official plug-in assembly with 'dotnet build src/Dynamics.Mailchimp.Plugins -c Release -f net462 -p:XrmSdk=Official' "
            + "and pack bin/Release/net462/Dynamics.Mailchimp.Plugins.dll; pass --allow-facade only for a test pack that is never imported.")
    {
        AssemblyPath = assemblyPath;
    }

    /// <summary>The refused assembly.</summary>
    public string AssemblyPath { get; }
}
