using Dynamics.Mailchimp.Packer.Reading;

namespace Dynamics.Mailchimp.Packer.Tests.Support;

/// <summary>The repository packed once (facade build, --allow-facade) and read back, shared by read-only tests.</summary>
public sealed class PackedRepository : IDisposable
{
    private readonly TempFolder folder = new();

    public PackedRepository()
    {
        Result = SolutionPacker.Pack(Request(folder.Path));
        Unmanaged = PackedSolution.Open(Result.UnmanagedZip);
        Managed = PackedSolution.Open(Result.ManagedZip);
    }

    public PackResult Result { get; }

    public PackedSolution Unmanaged { get; }

    public PackedSolution Managed { get; }

    /// <summary>A request for the repository's real inputs and the facade-built assembly.</summary>
    internal static PackRequest Request(string output, string? assembly = null, bool allowFacade = true, string? version = null) =>
        new(RepositoryFiles.SolutionFolder, RepositoryFiles.RegistrationFile, assembly ?? RepositoryFiles.FacadePluginAssembly, output, allowFacade, version);

    public void Dispose() => folder.Dispose();
}
