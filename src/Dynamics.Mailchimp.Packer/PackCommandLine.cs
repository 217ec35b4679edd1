namespace Dynamics.Mailchimp.Packer;

/// <summary>
/// The <c>pack</c> verb's arguments: <c>pack [--assembly &lt;dll&gt;] [--out &lt;folder&gt;] [--version &lt;x.y.z.w&gt;] [--allow-facade] [--root &lt;repository&gt;]</c>.
/// Paths default to the repository layout under <c>--root</c> (the current folder when omitted).
/// </summary>
public static class PackCommandLine
{
    /// <summary>The verb.</summary>
    public const string Verb = "pack";

    /// <summary>The usage text.</summary>
    public const string Usage =
        "Usage: pack [--assembly <dll>] [--out <folder>] [--version <x.y.z.w>] [--allow-facade] [--root <repository>]\n"
        + "  --assembly      the plug-in assembly (default src/Dynamics.Mailchimp.Plugins/bin/Release/net462/Dynamics.Mailchimp.Plugins.dll)\n"
        + "  --out           where the two zips are written (default artifacts/solution)\n"
        + "  --version       the solution version (default: Version in solution/src/Other/Solution.xml)\n"
        + "  --allow-facade  pack an assembly built against the SDK facade (test packs only; Dataverse cannot load it)\n"
        + "  --root          the repository root (default: the current folder)";

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <param name="args">The arguments, the verb first.</param>
    /// <param name="currentFolder">The folder relative paths start from.</param>
    /// <param name="error">What is wrong when null is returned.</param>
    /// <returns>The request, or null on a usage error.</returns>
    public static PackRequest? Parse(IReadOnlyList<string> args, string currentFolder, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        error = null;
        if (args.Count == 0 || args[0] != Verb)
        {
            error = "The only verb is 'pack'.";
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var allowFacade = false;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--allow-facade":
                    allowFacade = true;
                    break;
                case "--assembly" or "--out" or "--version" or "--root" when i + 1 < args.Count:
                    values[args[i]] = args[++i];
                    break;
                default:
                    error = $"Unknown or incomplete option '{args[i]}'.";
                    return null;
            }
        }

        var root = Path.GetFullPath(values.GetValueOrDefault("--root", "."), currentFolder);
        return new PackRequest(
            Path.Combine(root, "solution", "src"),
            Path.Combine(root, "PluginRegistration", "plugin-steps.json"),
            Path.GetFullPath(values.GetValueOrDefault("--assembly", Path.Combine(root, "src", "Dynamics.Mailchimp.Plugins", "bin", "Release", "net462", "Dynamics.Mailchimp.Plugins.dll")), currentFolder),
            Path.GetFullPath(values.GetValueOrDefault("--out", Path.Combine(root, "artifacts", "solution")), currentFolder),
            allowFacade,
            values.GetValueOrDefault("--version"));
    }
}
