using System.CommandLine;

namespace Dynamics.Mailchimp.Cli.Commands.Forget;

/// <summary>The argument and flags of <c>forget</c>.</summary>
public static class ForgetFlags
{
    /// <summary>The address to erase.</summary>
    public static readonly Argument<string> Email = new("email")
    {
        Description = "The email address to erase (any case). Printed, logged and audited only as its SHA-256 hash.",
    };

    /// <summary><c>--dry-run</c>: read and say what would be erased, write nothing.</summary>
    public static readonly Option<bool> DryRun = new("--dry-run") { Description = "Read only: say where the address would be erased, and delete and write nothing." };
}
