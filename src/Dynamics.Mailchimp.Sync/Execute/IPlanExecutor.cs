using Dynamics.Mailchimp.Sync.Decide;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// Execute: sends the plans to Mailchimp in its bulk shapes and reports, per plan, what Mailchimp did. Never throws
/// for one member's failure; a service-wide failure (unreachable, key refused) is an exception.
/// </summary>
public interface IPlanExecutor
{
    /// <summary>Sends every plan that <see cref="MemberPlan.IsSent"/>; the others are not in the result.</summary>
    Task<IReadOnlyList<PlanResult>> ExecuteAsync(IReadOnlyList<MemberPlan> plans, CancellationToken cancellationToken);
}
