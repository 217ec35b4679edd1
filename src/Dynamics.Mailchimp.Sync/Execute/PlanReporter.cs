using Dynamics.Mailchimp.Sync.Decide;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// Tells the caller of <see cref="IPlanExecutor.ExecuteAsync(IReadOnlyList{MemberPlan}, Action{IReadOnlyList{PlanResult}}, CancellationToken)"/>
/// which plans are finished as soon as they are: after the phase that is a plan's last (its <see cref="PlanProgress.FinalPhase"/>), or when a part
/// failed or was refused (the later parts are not sent). Each plan is reported once; safe to call from parallel phases.
/// </summary>
internal sealed class PlanReporter(Action<IReadOnlyList<PlanResult>> onFinished)
{
    /// <summary>Reports the plans of <paramref name="plans"/> that are finished once <paramref name="done"/> is over.</summary>
    public void After(ExecutePhase done, IEnumerable<PlanProgress> plans)
    {
        var finished = plans.Where(p => (p.IsStopped || p.FinalPhase <= done) && p.MarkReported()).Select(p => p.ToResult()).ToList();
        if (finished.Count > 0)
        {
            onFinished(finished);
        }
    }

    /// <summary>Reports every plan not reported yet (the end of the audience's phases).</summary>
    public void Rest(IEnumerable<PlanProgress> plans) => After(ExecutePhase.Archive, plans);
}
