using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;

namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>How one plan ended for the rows it feeds; <see cref="RowSettlement"/> ranks them.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Result">Execute's result, when the plan was sent and reported.</param>
internal sealed record PlanFate(MemberPlan Plan, PlanResult? Result)
{
    public bool IsFailed => Result?.Kind == PlanResultKind.Failed;

    public bool IsHeld => Plan.Held is not null;

    /// <summary>Sent but not reported (the run stopped mid-way): the row is replayed, not counted as a try.</summary>
    public bool IsUnreported => Plan.IsSent && Result is null;

    public bool IsConfirmed => Result?.Kind == PlanResultKind.Confirmed;

    public bool IsRefused => Result?.Kind == PlanResultKind.Refused;

    public bool IsSkipped => Plan.Skip is not null;
}
