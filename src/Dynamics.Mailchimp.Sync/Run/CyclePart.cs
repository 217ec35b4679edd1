using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// Rows, outcomes and plans of a cycle that settle together and apart from the rest of it (<see cref="CycleParts"/>).
/// </summary>
/// <param name="Rows">The part's queue rows, in the order they were read.</param>
/// <param name="Outcomes">The outcomes decided before sending for the part's rows (and rows that could not be read).</param>
/// <param name="Plans">The part's plans, in the order Decide made them.</param>
public sealed record CyclePart(IReadOnlyList<QueueRow> Rows, IReadOnlyList<RowOutcome> Outcomes, IReadOnlyList<MemberPlan> Plans)
{
    /// <summary>Gets how many of the part's plans are sent: the part is answered when each has its result.</summary>
    public int SentPlans { get; } = Plans.Count(plan => plan.IsSent);
}
