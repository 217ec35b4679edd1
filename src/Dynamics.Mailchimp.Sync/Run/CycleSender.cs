using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// The second half of a cycle: execute in Mailchimp's bulk shapes, and record each part of the cycle as soon as
/// Mailchimp has answered it (<see cref="OutcomeStream"/>).
/// </summary>
/// <param name="executor">Mailchimp.</param>
/// <param name="recorder">Dataverse's record step.</param>
/// <param name="time">The job's clock (the grace periods after a stop).</param>
public sealed class CycleSender(IPlanExecutor executor, IOutcomeRecorder recorder, TimeProvider time)
{
    /// <summary>How long sending a cycle may go on after a stop was asked for, before it is cancelled.</summary>
    public static readonly TimeSpan SendAfterStop = TimeSpan.FromSeconds(10);

    /// <summary>How long recording a cycle may still take once a stop was asked for (unbounded otherwise).</summary>
    public static readonly TimeSpan RecordAfterStop = TimeSpan.FromSeconds(30);

    /// <summary>Starts sending a cycle.</summary>
    /// <param name="cycle">The cycle.</param>
    /// <param name="last">
    /// Whether it is the run's last: its last round's writes are then spread over every connection
    /// (<see cref="OutcomeTail"/>), which costs calls but ends the run sooner; earlier cycles' writes overlap the next
    /// cycle's sending anyway.
    /// </param>
    /// <param name="stop">A stop: sending then has <see cref="SendAfterStop"/> to finish, recording <see cref="RecordAfterStop"/>.</param>
    /// <param name="lastStarting">
    /// A signal, not a cancellation: set when the run's last cycle starts while this one is still in flight. From then on
    /// this one spreads its last round's writes too, so that its whole requests do not still hold Dataverse's connections
    /// when the last cycle's answers come in.
    /// </param>
    /// <returns>The cycle on its way.</returns>
    public SendingCycle Start(PlannedCycle cycle, bool last, CancellationToken stop, CancellationToken lastStarting = default)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var sent = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var dispatched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var recorded = Task.Run(() => SendAsync(cycle, last, lastStarting, sent, dispatched, stop), CancellationToken.None);
        return new SendingCycle(cycle, sent.Task, recorded, dispatched.Task);
    }

    private async Task<CycleReport> SendAsync(
        PlannedCycle cycle, bool last, CancellationToken lastStarting, TaskCompletionSource<bool> sent, TaskCompletionSource dispatched, CancellationToken stop)
    {
        try
        {
            // A stop lets sending finish within a grace period, so the answers can be recorded; the writes get their own,
            // longer bound.
            using var sendWindow = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
            using var onStop = stop.Register(() => sendWindow.CancelAfter(SendAfterStop));
            using var recordWindow = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
            using var onStopRecording = stop.Register(() => recordWindow.CancelAfter(RecordAfterStop));
            var decided = cycle.Decided;
            var tail = executor.PlansInFlight > 0 ? new OutcomeTail(executor.PlansInFlight, recorder.ParallelWrites) : null;
            var stream = new OutcomeStream(cycle.Parts, cycle.Inputs.Snapshots, recorder, recorder.BatchOperations, time, recordWindow.Token, last ? tail : null);
            using var onLastStarting = last || tail is null ? default : lastStarting.Register(() => stream.Spread(tail));
            stream.Start();
            IReadOnlyList<PlanResult> results;
            try
            {
                // The executor returns once its first calls are built and queued at the client's connection cap.
                var execution = executor.ExecuteAsync(decided.Plans, stream.Finished, sendWindow.Token);
                dispatched.TrySetResult();
                results = await execution.ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // Sending failed or was cut off: what Mailchimp answered is still written; the rest stays Pending.
                sent.TrySetResult(false);
                var partial = await stream.CompleteAsync(settleUnanswered: false).ConfigureAwait(false);
                return new CycleReport(decided, partial.Results, partial.Rows, partial.Recorded) { Failure = ex };
            }

            sent.TrySetResult(true);
            var recorded = await stream.CompleteAsync(settleUnanswered: true).ConfigureAwait(false);
            return new CycleReport(decided, results, recorded.Rows, recorded.Recorded);
        }
        finally
        {
            dispatched.TrySetResult();
            sent.TrySetResult(false);
        }
    }
}
