using System.CommandLine;

namespace Dynamics.Mailchimp.Cli.Commands.Push;

/// <summary>The flags of <c>push</c> and <c>sync</c>.</summary>
public static class PushFlags
{
    /// <summary><c>--dry-run</c>: read and decide, print the plan, write nothing anywhere.</summary>
    public static readonly Option<bool> DryRun = new("--dry-run") { Description = "Read and decide, print the plan, and write nothing to Mailchimp or Dataverse." };

    /// <summary><c>--full</c>: re-evaluate every synced list (still respecting every unsubscribe).</summary>
    public static readonly Option<bool> Full = new("--full") { Description = "Re-evaluate every member of every synced list, not only the queued changes. Never re-subscribes anyone." };

    /// <summary><c>--allow-mass-removal</c>: let removals over the safety rail go ahead.</summary>
    public static readonly Option<bool> AllowMassRemoval = new("--allow-mass-removal") { Description = "Let a run unsubscribe or archive more than the configured share of an audience (default: over 5 % and over 50 members)." };
}
