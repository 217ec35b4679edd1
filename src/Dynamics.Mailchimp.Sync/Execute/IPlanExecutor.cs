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

    /// <summary>
    /// Gets the most plans the executor has in flight at once (its connections × the members of one request), or 0 when
    /// it cannot say: the recording of a cycle's last round waits for that round (<see cref="Run.OutcomeTail"/>).
    /// </summary>
    int PlansInFlight => 0;

    /// <summary>
    /// Gets ready what the executor can without a call (its serializers), on a thread of its own: the run starts it
    /// beside the lease, the queue and the reads, so the first send does not pay for it. This default does nothing.
    /// </summary>
    /// <param name="cancellationToken">A stop: nothing is started once it is set.</param>
    /// <returns>A task that completes when it is ready; it never fails the run.</returns>
    Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Sends every plan that <see cref="MemberPlan.IsSent"/>, and hands each plan's result to <paramref name="onFinished"/> as soon as the plan
    /// is finished (its last part answered, or a part failed or was refused), so the caller can record it while the
    /// rest is still being sent. Each result is handed over once, possibly from several threads at a time. This default
    /// hands them all over at the end.
    /// </summary>
    /// <param name="plans">The plans.</param>
    /// <param name="onFinished">Called with the plans just finished.</param>
    /// <param name="cancellationToken">Cancels sending.</param>
    /// <returns>Every result, as <see cref="ExecuteAsync(IReadOnlyList{MemberPlan}, CancellationToken)"/> returns them.</returns>
    async Task<IReadOnlyList<PlanResult>> ExecuteAsync(IReadOnlyList<MemberPlan> plans, Action<IReadOnlyList<PlanResult>> onFinished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onFinished);
        var results = await ExecuteAsync(plans, cancellationToken).ConfigureAwait(false);
        onFinished(results);
        return results;
    }
}
