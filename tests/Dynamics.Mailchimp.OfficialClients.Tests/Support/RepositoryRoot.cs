namespace Dynamics.Mailchimp.OfficialClients.Tests.Support;

/// <summary>Finds the repository root: the nearest folder above the test binaries that holds the solution file.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "Dynamics.Mailchimp.sln";

    /// <summary>Gets the <c>tests/official-clients/mailchimp-node</c> folder.</summary>
    public static string MailchimpNodeProject => Path.Combine(Find(), "tests", "official-clients", "mailchimp-node");

    /// <summary>Walks up from <see cref="AppContext.BaseDirectory"/> to the folder containing the solution.</summary>
    /// <returns>The repository root.</returns>
    /// <exception cref="DirectoryNotFoundException">No parent folder holds the solution file.</exception>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above '{AppContext.BaseDirectory}' contains {SolutionFile}.");
    }
}
