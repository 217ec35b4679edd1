namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;

/// <summary>
/// Counts the webhook queues that are delivering (not empty and not waiting on a retry timer), so a test can wait until
/// delivery has settled without sleeping.
/// </summary>
internal sealed class DeliveryActivity
{
    private readonly Lock _lock = new();
    private int _busy;
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>A queue starts delivering, or its retry timer fired.</summary>
    public void Start()
    {
        lock (_lock)
        {
            _busy++;
        }
    }

    /// <summary>A queue ran empty, stopped, or waits on a retry timer.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _busy--;
            var previous = _changed;
            _changed = NewSignal();
            previous.TrySetResult();
        }
    }

    /// <summary>Completes when no queue is delivering.</summary>
    public async Task WaitForIdleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_busy == 0)
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
