namespace Dynamics.Mailchimp.OfficialClients.Tests.Support;

/// <summary>The Node project in <c>tests/official-clients/mailchimp-node</c>: installs the pinned official client and runs
/// <c>conformance.mjs</c>.</summary>
internal static class NodeClientProject
{
    /// <summary>The client version pinned in package.json and package-lock.json.</summary>
    public const string PinnedClientVersion = "3.0.80";

    /// <summary>The official client's npm package name.</summary>
    public const string ClientPackage = "@mailchimp/mailchimp_marketing";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Gets the project folder.</summary>
    public static string Folder => RepositoryRoot.MailchimpNodeProject;

    /// <summary>Gets the installed client's package.json path.</summary>
    public static string InstalledClientManifest => Path.Combine(Folder, "node_modules", "@mailchimp", "mailchimp_marketing", "package.json");

    /// <summary>Fails clearly unless node is on PATH, then runs <c>npm ci</c> when node_modules lacks the client.</summary>
    /// <param name="cancellationToken">Cancels the install.</param>
    /// <returns>A task that completes when the client is installed.</returns>
    /// <exception cref="RequiredToolMissingException">node or npm is not on PATH.</exception>
    /// <exception cref="InvalidOperationException">npm ci failed.</exception>
    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        var version = await ExternalProcess.RunAsync("node", ["--version"], Folder, new Dictionary<string, string>(), VersionTimeout, cancellationToken);
        if (version.ExitCode != 0)
        {
            throw new InvalidOperationException($"'node --version' exited with {version.ExitCode}: {version.StandardError}");
        }

        if (File.Exists(InstalledClientManifest))
        {
            return;
        }

        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        var install = await ExternalProcess.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], Folder, new Dictionary<string, string>(), InstallTimeout, cancellationToken);
        if (install.ExitCode != 0 || !File.Exists(InstalledClientManifest))
        {
            throw new InvalidOperationException($"'npm ci' in {Folder} exited with {install.ExitCode}:{Environment.NewLine}{install.StandardOutput}{install.StandardError}");
        }
    }

    /// <summary>Runs <c>node conformance.mjs</c> with <paramref name="environment"/>.</summary>
    /// <param name="environment">The MC_* variables.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The script's exit code and output.</returns>
    public static Task<ProcessResult> RunConformanceAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken) =>
        ExternalProcess.RunAsync("node", ["conformance.mjs"], Folder, environment, ScriptTimeout, cancellationToken);
}
