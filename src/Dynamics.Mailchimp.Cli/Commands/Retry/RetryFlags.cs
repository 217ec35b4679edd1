using System.CommandLine;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Cli.Commands.Retry;

/// <summary>The flags of <c>retry</c>.</summary>
public static class RetryFlags
{
    /// <summary><c>--match TEXT</c>: only rows whose last error contains the text.</summary>
    public static readonly Option<string?> Match = new("--match")
    {
        Description = "Only rows whose last error (dmc_lasterror) contains TEXT (Dataverse's contains(): case-insensitive).",
        HelpName = "TEXT",
    };

    /// <summary><c>--kind KIND</c>: only rows of one kind.</summary>
    public static readonly Option<string?> Kind = CreateKind();

    /// <summary><c>--dry-run</c>: count the rows, write nothing.</summary>
    public static readonly Option<bool> DryRun = new("--dry-run") { Description = "Count the rows that would go back to the queue and write nothing." };

    private static Option<string?> CreateKind()
    {
        var names = Enum.GetNames<QueueRowKind>();
        var kind = new Option<string?>("--kind") { Description = "Only rows of this kind: " + string.Join(", ", names) + ".", HelpName = "KIND" };
        kind.AcceptOnlyFromAmong(names);
        return kind;
    }
}
