namespace Dynamics.Mailchimp.Solution.Tests;

/// <summary>Finds the repository root (and the shared/ folder CI places beside it) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SolutionEntities => Path.Combine(Root, "solution", "src", "Entities");

    public static string SolutionRoles => Path.Combine(Root, "solution", "src", "Roles");

    /// <summary>Microsoft's published customization XSDs, in ../shared/schemas beside the repository.</summary>
    public static string CustomizationSchemas
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas", "dataverse-9.0.0.2090"));
            return Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"Microsoft's customization XSDs are expected at {path} (shared/ beside the repository, as in CI).");
        }
    }

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
