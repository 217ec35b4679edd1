using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Packer.Assembly;

/// <summary>The plug-in assembly was built against the SDK facade, which Dataverse cannot load.</summary>
public sealed class FacadeAssemblyException : Exception
{
    /// <summary>Creates the exception for <paramref name="assemblyPath"/>.</summary>
    /// <param name="assemblyPath">The refused assembly.</param>
    public FacadeAssemblyException(string assemblyPath)
        : base(SdkAssemblyNames.FacadeRefusal(assemblyPath, "pack"))
    {
        AssemblyPath = assemblyPath;
    }

    /// <summary>The refused assembly.</summary>
    public string AssemblyPath { get; }
}
