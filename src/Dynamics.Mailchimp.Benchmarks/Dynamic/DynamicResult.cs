namespace Dynamics.Mailchimp.Benchmarks.Dynamic;

/// <summary>
/// One size of the dynamic-list benchmark: the first run (evaluates and diffs N, corrects the seeded drift) and the
/// re-run (evaluates and diffs N, finds nothing). The targets hold for the re-run, the pure evaluation and diff:
/// list pages ≤ ceil(N/5000), segment-member pages ≤ ceil(N/1000), no Mailchimp write, peak memory under 200 MB. The
/// reads that do not grow with N (mappings, settings, state, the tag lookup) are reported beside them, not hidden.
/// </summary>
/// <param name="N">The contacts matching the list.</param>
/// <param name="Drift">The additions and the removals the first run makes (each).</param>
/// <param name="First">The first run.</param>
/// <param name="Rerun">The re-run with no change.</param>
public sealed record DynamicResult(int N, int Drift, DynamicRun First, DynamicRun Rerun)
{
    /// <summary>The peak memory target, in MiB.</summary>
    public const double MemoryTargetMb = 200;

    /// <summary>Gets ceil(N/5000), the target of Dataverse list pages.</summary>
    public int DataverseTarget => (N + 4999) / 5000;

    /// <summary>Gets ceil(N/1000), the target of Mailchimp member pages.</summary>
    public int MailchimpTarget => (N + 999) / 1000;

    /// <summary>Gets whether both runs succeeded, the first queued corrections and the re-run none, and the re-run met every target.</summary>
    public bool Met =>
        First.ExitCode == 0 && Rerun.ExitCode == 0 && First.RowsQueued > 0 && Rerun.RowsQueued == 0
        && Rerun.Calls.DataverseListPages <= DataverseTarget && Rerun.Calls.MailchimpMemberPages <= MailchimpTarget
        && Rerun.Calls.MailchimpWrites == 0 && Math.Max(First.PeakMemoryMb, Rerun.PeakMemoryMb) < MemoryTargetMb;
}
