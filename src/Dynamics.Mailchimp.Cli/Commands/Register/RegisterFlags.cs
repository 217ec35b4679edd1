using System.CommandLine;

namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>The flags of <c>register</c>.</summary>
public static class RegisterFlags
{
    /// <summary><c>--assembly PATH</c>: the built plug-in assembly (required).</summary>
    public static readonly Option<string> Assembly = new("--assembly")
    {
        Description = "The built plug-in assembly, e.g. src/Dynamics.Mailchimp.Plugins/bin/Release/net462/Dynamics.Mailchimp.Plugins.dll (built against the official SDK).",
        HelpName = "PATH",
        Required = true,
    };

    /// <summary><c>--steps PATH</c>: the step declarations; the copy built into dmc when omitted.</summary>
    public static readonly Option<string?> Steps = new("--steps")
    {
        Description = "The step declarations (PluginRegistration/plugin-steps.json); the copy built into dmc when omitted.",
        HelpName = "PATH",
    };

    /// <summary><c>--dry-run</c>: print the difference, write nothing.</summary>
    public static readonly Option<bool> DryRun = new("--dry-run") { Description = "Print what differs from the declarations and write nothing." };
}
