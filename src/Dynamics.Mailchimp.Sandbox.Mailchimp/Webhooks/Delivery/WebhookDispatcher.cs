namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;

/// <summary>
/// Delivers queued events in the background, one queue per webhook (events reach a webhook in the order they happened),
/// retrying failures per <see cref="WebhookRetryPolicy"/> on timers of the sandbox's clock, and records every attempt.
/// Queuing never blocks the API request or control call that caused the event.
/// </summary>
internal sealed class WebhookDispatcher(WebhookSender sender, TimeProvider time) : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, WebhookQueue> _queues = new(StringComparer.Ordinal);
    private readonly List<WebhookDelivery> _log = [];
    private readonly List<Task> _workers = [];
    private readonly DeliveryActivity _activity = new();
    private CancellationTokenSource _generation = new();
    private bool _disposed;

    public WebhookSender Sender => sender;

    public IReadOnlyList<WebhookDelivery> Deliveries()
    {
        lock (_lock)
        {
            return [.. _log];
        }
    }

    public void Enqueue(string webhookId, Uri url, WebhookEvent e)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (!_queues.TryGetValue(webhookId, out var queue))
            {
                queue = new WebhookQueue(webhookId, _generation.Token);
                _queues[webhookId] = queue;
            }

            queue.Items.Enqueue((url, e));
            if (!queue.Running)
            {
                queue.Running = true;
                _activity.Start();
                _workers.RemoveAll(w => w.IsCompleted);
                _workers.Add(Task.Run(() => RunAsync(queue), CancellationToken.None));
            }
        }
    }

    /// <summary>Drops what is queued for a deleted webhook; an attempt under way is cancelled and not recorded.</summary>
    public void Forget(string webhookId)
    {
        lock (_lock)
        {
            if (_queues.Remove(webhookId, out var queue))
            {
                queue.Stop();
            }
        }
    }

    /// <summary>Drops every queue and the delivery log.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _generation.Cancel();
            _generation.Dispose();
            _generation = new CancellationTokenSource();
            _queues.Clear();
            _log.Clear();
        }
    }

    /// <summary>Completes when every queue is empty or waits on a retry timer.</summary>
    public Task WaitForIdleAsync(CancellationToken cancellationToken) => _activity.WaitForIdleAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Task[] workers;
        lock (_lock)
        {
            _disposed = true;
            _generation.Cancel();
            workers = [.. _workers];
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        _generation.Dispose();
        sender.Dispose();
    }

    private async Task RunAsync(WebhookQueue queue)
    {
        var stopping = queue.Stopping;
        try
        {
            while (true)
            {
                (Uri Url, WebhookEvent Event) next;
                lock (_lock)
                {
                    if (queue.Items.Count == 0 || stopping.IsCancellationRequested)
                    {
                        queue.Running = false;
                        _activity.Stop();
                        return;
                    }

                    next = queue.Items.Peek();
                }

                await DeliverAsync(queue, next.Url, next.Event, stopping).ConfigureAwait(false);
                lock (_lock)
                {
                    queue.Items.TryDequeue(out _);
                }
            }
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            // Deleted, reset or stopping: whatever the attempt under way threw, the queue ends here, unrecorded.
            lock (_lock)
            {
                if (!queue.Waiting)
                {
                    _activity.Stop();
                }

                queue.Waiting = false;
                queue.Running = false;
            }
        }
    }

    private async Task DeliverAsync(WebhookQueue queue, Uri url, WebhookEvent e, CancellationToken stopping)
    {
        var body = await WebhookSender.EncodeAsync(e.Form, stopping).ConfigureAwait(false);
        for (var attempt = 1; attempt <= WebhookRetryPolicy.MaxAttempts; attempt++)
        {
            var result = await sender.PostAsync(url, e.Form, stopping).ConfigureAwait(false);
            var delivered = result.Outcome == WebhookOutcome.Delivered;
            var last = attempt == WebhookRetryPolicy.MaxAttempts;
            lock (_lock)
            {
                stopping.ThrowIfCancellationRequested();
                _log.Add(new WebhookDelivery(queue.WebhookId, url.OriginalString, e.Type, attempt, result.Status, result.Outcome, !delivered && last, time.GetUtcNow(), body, e.Form));
            }

            if (delivered || last)
            {
                return;
            }

            await WaitForRetryAsync(queue, WebhookRetryPolicy.Delays[attempt - 1], stopping).ConfigureAwait(false);
        }
    }

    /// <summary>Waits on a timer of the sandbox's clock; while waiting the queue counts as idle, and it is busy again the moment the timer fires.</summary>
    private async Task WaitForRetryAsync(WebhookQueue queue, TimeSpan delay, CancellationToken stopping)
    {
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            queue.Waiting = true;
            _activity.Stop();
        }

        using var timer = time.CreateTimer(_ =>
        {
            lock (_lock)
            {
                if (!queue.Waiting)
                {
                    return;
                }

                queue.Waiting = false;
                _activity.Start();
            }

            fired.TrySetResult();
        }, null, delay, System.Threading.Timeout.InfiniteTimeSpan);
        using var cancel = stopping.Register(() => fired.TrySetCanceled(stopping));
        await fired.Task.ConfigureAwait(false);
    }
}
