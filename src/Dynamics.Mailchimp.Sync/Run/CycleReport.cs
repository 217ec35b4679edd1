using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>What a sent cycle did: its plans and verdicts, Mailchimp's answers, the rows' results and what was written.</summary>
/// <param name="Decided">The cycle's plans and the rail's verdicts.</param>
/// <param name="Results">Mailchimp's answers (only those it gave, when sending failed).</param>
/// <param name="Rows">The rows' results as recorded.</param>
/// <param name="Recorded">What the record step wrote.</param>
public sealed record CycleReport(RailResult Decided, IReadOnlyList<PlanResult> Results, IReadOnlyList<RowResult> Rows, RecordResult Recorded)
{
    /// <summary>Gets why sending stopped early (what Mailchimp answered before is recorded all the same), if it did.</summary>
    public Exception? Failure { get; init; }
}
