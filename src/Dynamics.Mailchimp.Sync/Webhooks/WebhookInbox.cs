using System.Threading.Channels;

namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>
/// Where deliveries wait to be applied: each delivery submits its event and waits for the outcome, and one worker takes
/// whatever is waiting (up to the batch size) and applies it together. Under load the Dataverse calls are shared by the
/// batch; a lone event is applied at once. A delivery is answered only after its event was written, so a process killed
/// before that never said 200, and Mailchimp sends the event again.
/// </summary>
public sealed class WebhookInbox
{
    private readonly Channel<Pending> waiting = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<WebhookEvent>, CancellationToken, Task<IReadOnlyList<WebhookOutcome>>> apply;
    private readonly int batchSize;

    /// <summary>Initializes a new instance of the <see cref="WebhookInbox"/> class.</summary>
    /// <param name="apply">Applies a batch, one outcome per event in order (e.g. <see cref="WebhookApplier.ApplyAsync"/>).</param>
    /// <param name="batchSize">The most events applied together.</param>
    public WebhookInbox(Func<IReadOnlyList<WebhookEvent>, CancellationToken, Task<IReadOnlyList<WebhookOutcome>>> apply, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.apply = apply;
        this.batchSize = batchSize;
    }

    /// <summary>Gets how many batches were applied.</summary>
    public int Batches { get; private set; }

    /// <summary>Submits an event and waits for its outcome.</summary>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="cancellationToken">Stops waiting (the event is still applied).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="InvalidOperationException">The inbox is closed (the receiver is stopping).</exception>
    public Task<WebhookOutcome> SubmitAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        var pending = new Pending(webhookEvent, new TaskCompletionSource<WebhookOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!waiting.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The webhook receiver is stopping and takes no new events.");
        }

        return pending.Outcome.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Takes no more events; <see cref="RunAsync"/> ends once the waiting ones are applied.</summary>
    public void Close() => waiting.Writer.TryComplete();

    /// <summary>Applies waiting events until <see cref="Close"/> was called and none is left.</summary>
    /// <param name="cancellationToken">Abandons the work (the waiting deliveries fail, and Mailchimp sends them again).</param>
    /// <returns>A task that completes when the inbox is drained.</returns>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var batch = new List<Pending>(batchSize);
        try
        {
            while (await waiting.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (batch.Count < batchSize && waiting.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                await ApplyAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }
        finally
        {
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetCanceled(cancellationToken);
            }

            while (waiting.Reader.TryRead(out var left))
            {
                left.Outcome.TrySetCanceled(cancellationToken);
            }
        }
    }

    private async Task ApplyAsync(List<Pending> batch, CancellationToken cancellationToken)
    {
        Batches++;
        try
        {
            var outcomes = await apply(batch.Select(p => p.Event).ToArray(), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Outcome.TrySetResult(outcomes[i]);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetResult(new WebhookOutcome(pending.Event, WebhookOutcomeKind.Failed, Error: e.Message));
            }
        }
    }

    private sealed record Pending(WebhookEvent Event, TaskCompletionSource<WebhookOutcome> Outcome);
}
