namespace Dynamics.Mailchimp.Sandbox.Hosting.Latency;

/// <summary>
/// Holds requests open until released, so that tests can create a known number of in-flight requests without sleeping.
/// </summary>
public sealed class RequestGate
{
    private readonly Lock _gate = new();
    private TaskCompletionSource? _release;
    private int _held;
    private TaskCompletionSource _heldChanged = NewSignal();

    /// <summary>Gets the number of requests currently held.</summary>
    public int HeldCount
    {
        get
        {
            lock (_gate)
            {
                return _held;
            }
        }
    }

    /// <summary>Gets a value indicating whether the gate is open (requests pass without waiting).</summary>
    public bool IsOpen => Volatile.Read(ref _release) is null;

    /// <summary>Closes the gate: requests that reach it from now on wait until <see cref="Open"/>.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _release ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Opens the gate and releases every held request.</summary>
    public void Open()
    {
        TaskCompletionSource? release;
        lock (_gate)
        {
            release = _release;
            _release = null;
        }

        release?.TrySetResult();
    }

    /// <summary>Waits at the gate if it is closed.</summary>
    /// <param name="cancellationToken">Cancels the wait (e.g. the request was aborted).</param>
    /// <returns>A task that completes when the request may go on.</returns>
    public Task PassAsync(CancellationToken cancellationToken) => IsOpen ? Task.CompletedTask : WaitAsync(cancellationToken);

    /// <summary>Waits at the gate; checked again under the lock, as it may have opened meanwhile.</summary>
    private async Task WaitAsync(CancellationToken cancellationToken)
    {
        Task wait;
        lock (_gate)
        {
            if (_release is null)
            {
                return;
            }

            wait = _release.Task;
            _held++;
            SignalLocked();
        }

        try
        {
            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _held--;
                SignalLocked();
            }
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> requests are held at the gate.</summary>
    /// <param name="count">The number of held requests to wait for.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when enough requests are held.</returns>
    public async Task WaitForHeldAsync(int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_held >= count)
                {
                    return;
                }

                changed = _heldChanged.Task;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void SignalLocked()
    {
        var previous = _heldChanged;
        _heldChanged = NewSignal();
        previous.TrySetResult();
    }
}
