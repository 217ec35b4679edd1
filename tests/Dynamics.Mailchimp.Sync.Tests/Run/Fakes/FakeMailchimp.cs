using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;

namespace Dynamics.Mailchimp.Sync.Tests.Run.Fakes;

/// <summary>Confirms every plan it is sent, optionally held at a gate so a test can stop the run mid-send.</summary>
internal sealed class FakeMailchimp : IPlanExecutor
{
    private int _inFlight;

    public List<MemberPlan> Sent { get; } = [];

    /// <summary>Gets the most executions that overlapped (the run sends one cycle at a time).</summary>
    public int MostInFlight { get; private set; }

    /// <summary>Gets the executions started.</summary>
    public int Executions { get; private set; }

    /// <summary>Gets or sets what the first execution throws once entered (Mailchimp unreachable).</summary>
    public Exception? Failure { get; set; }

    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Gets or sets the most plans in Mailchimp's hands at once (0: no last-round spreading of the writes).</summary>
    public int PlansInFlight { get; set; }

    /// <summary>Gets or sets the task <see cref="PrepareAsync"/> returns (it is ready at once by default).</summary>
    public Task Preparing { get; set; } = Task.CompletedTask;

    /// <summary>Gets how many times the run asked the executor to get ready.</summary>
    public int Prepared { get; private set; }

    public Task PrepareAsync(CancellationToken cancellationToken)
    {
        Prepared++;
        return Preparing;
    }

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a signal set when a second execution has started.</summary>
    public TaskCompletionSource SecondEntered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets or sets a gate the first execution waits at before it returns its task, as if building its calls.</summary>
    public ManualResetEventSlim? DispatchGate { get; set; }

    /// <summary>Gets a signal set when the first execution has reached <see cref="DispatchGate"/>.</summary>
    public TaskCompletionSource Building { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets or sets a gate between handing over the first half of the answers and the second.</summary>
    public TaskCompletionSource? MidGate { get; set; }

    public async Task<IReadOnlyList<PlanResult>> ExecuteAsync(IReadOnlyList<MemberPlan> plans, Action<IReadOnlyList<PlanResult>> onFinished, CancellationToken cancellationToken)
    {
        if (DispatchGate is { } building && Building.TrySetResult())
        {
            building.Wait(cancellationToken);
        }

        var results = await ExecuteAsync(plans, cancellationToken);
        onFinished([.. results.Take(results.Count / 2)]);
        if (MidGate is not null)
        {
            await MidGate.Task.WaitAsync(cancellationToken);
        }

        onFinished([.. results.Skip(results.Count / 2)]);
        return results;
    }

    public async Task<IReadOnlyList<PlanResult>> ExecuteAsync(IReadOnlyList<MemberPlan> plans, CancellationToken cancellationToken)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        lock (Sent)
        {
            MostInFlight = Math.Max(MostInFlight, inFlight);
            Executions++;
        }

        try
        {
            Entered.TrySetResult();
            if (Executions >= 2)
            {
                SecondEntered.TrySetResult();
            }

            if (Gate is not null)
            {
                await Gate.Task.WaitAsync(cancellationToken);
            }

            if (Failure is { } failure)
            {
                throw failure;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }

        var sent = plans.Where(plan => plan.IsSent).ToArray();
        lock (Sent)
        {
            Sent.AddRange(sent);
        }

        return sent.Select(plan => new PlanResult(
            plan,
            PlanResultKind.Confirmed,
            plan.Removal is { Kind: RemovalKind.Unsubscribe } ? MemberStatus.Unsubscribed : plan.Removal is not null ? MemberStatus.Archived : plan.Upsert?.Status ?? plan.Upsert?.StatusIfNew,
            SubscriberHash.Compute(plan.Email!),
            null)).ToArray();
    }
}
