namespace Dynamics.Mailchimp.Packer.Tests.Support;

/// <summary>The repository's real pack inputs, found from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SolutionFolder => Path.Combine(Root, "solution", "src");

    public static string RegistrationFile => Path.Combine(Root, "PluginRegistration", "plugin-steps.json");

    /// <summary>The plug-in assembly this test run built (net10.0, against the SDK facade).</summary>
    public static string FacadePluginAssembly => typeof(Dynamics.Mailchimp.Plugins.MemberCreatedPlugin).Assembly.Location;

    /// <summary>Microsoft's CustomizationsSolution.xsd, in ../shared/schemas beside the repository (as in CI).</summary>
    public static string CustomizationsXsd => Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas", "dataverse-9.0.0.2090", "CustomizationsSolution.xsd"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dynamics.Mailchimp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Dynamics.Mailchimp.sln not found above " + AppContext.BaseDirectory);
    }
}
