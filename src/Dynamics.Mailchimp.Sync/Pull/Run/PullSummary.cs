using Dynamics.Mailchimp.Sync.Claim;

namespace Dynamics.Mailchimp.Sync.Pull.Run;

/// <summary>What a member-status pull did: counts per kind, failures, and where each audience's checkpoint stands.</summary>
public sealed record PullSummary
{
    /// <summary>Gets the counts by <see cref="PullCounts"/> key; every key is present.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = PullCounts.All.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);

    /// <summary>Gets one line per record that was not written or audience that could not be read.</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];

    /// <summary>Gets up to 20 unmatched members, for the report.</summary>
    public IReadOnlyList<string> UnmatchedExamples { get; init; } = [];

    /// <summary>Gets each audience's checkpoint after the run (unchanged ones included); null before the first commit.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset?> Checkpoints { get; init; } = new Dictionary<string, DateTimeOffset?>();

    /// <summary>Gets the other instance's lease when this run could not take it (nothing was done).</summary>
    public LeaseHolder? LeaseHeldBy { get; init; }

    /// <summary>Gets a value indicating whether the lease was lost mid-run.</summary>
    public bool LeaseLost { get; init; }

    /// <summary>Gets a value indicating whether a stop signal ended the run early.</summary>
    public bool Stopped { get; init; }

    /// <summary>Gets a value indicating whether the run only decided (dry run): nothing written, no checkpoint moved.</summary>
    public bool DryRun { get; init; }

    /// <summary>Gets a value indicating whether anything failed.</summary>
    public bool AnyFailed => LeaseLost || Failures.Count > 0;
}
