namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>
/// Controls when background batches (<c>POST /batches</c>) make progress, so that tests see a batch <c>pending</c> or
/// <c>started</c> without racing the clock. A batch passes the gate once before it starts and once before each operation.
/// </summary>
/// <example>
/// <code>
/// var gate = new BatchGate();
/// gate.Hold();                                   // batches stay pending
/// // ... POST /batches ...
/// await gate.WaitForHeldAsync(ct);               // it waits before starting
/// gate.Step();                                   // now started, waiting before operation 0
/// gate.Release();                                // run the rest
/// await gate.WaitForIdleAsync(ct);               // every batch has finished
/// </code>
/// </example>
public sealed class BatchGate
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _waiting = new();
    private bool _held;
    private int _active;
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Makes batches wait at their next pass until <see cref="Step"/> or <see cref="Release"/>.</summary>
    public void Hold()
    {
        lock (_lock)
        {
            _held = true;
        }
    }

    /// <summary>Lets the waiting batch through one pass (it stays held at the next).</summary>
    public void Step()
    {
        TaskCompletionSource? next;
        lock (_lock)
        {
            _waiting.TryDequeue(out next);
            SignalLocked();
        }

        next?.TrySetResult();
    }

    /// <summary>Stops holding and lets every waiting batch go on.</summary>
    public void Release()
    {
        TaskCompletionSource[] released;
        lock (_lock)
        {
            _held = false;
            released = [.. _waiting];
            _waiting.Clear();
            SignalLocked();
        }

        foreach (var waiter in released)
        {
            waiter.TrySetResult();
        }
    }

    /// <summary>Waits until a batch is held at the gate.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when a batch waits.</returns>
    public Task WaitForHeldAsync(CancellationToken cancellationToken) => WaitUntilAsync(() => _waiting.Count > 0, cancellationToken);

    /// <summary>Waits until every submitted batch has finished or been deleted.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when no batch is running or pending.</returns>
    public Task WaitForIdleAsync(CancellationToken cancellationToken) => WaitUntilAsync(() => _active == 0, cancellationToken);

    /// <summary>Registers a submitted batch; <see cref="WaitForIdleAsync"/> waits for it.</summary>
    internal void Enter() => Update(() => _active++);

    /// <summary>Unregisters a batch that finished, was deleted or was stopped with the sandbox.</summary>
    internal void Exit() => Update(() => _active--);

    /// <summary>Passes the gate, waiting while it is held.</summary>
    internal async Task PassAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_lock)
        {
            if (!_held)
            {
                return;
            }

            waiter = NewSignal();
            _waiting.Enqueue(waiter);
            SignalLocked();
        }

        await using (cancellationToken.Register(() => Abandon(waiter)).ConfigureAwait(false))
        {
            await waiter.Task.ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Abandon(TaskCompletionSource waiter)
    {
        lock (_lock)
        {
            var others = _waiting.Where(w => w != waiter).ToList();
            _waiting.Clear();
            others.ForEach(_waiting.Enqueue);
            SignalLocked();
        }

        waiter.TrySetResult();
    }

    private void Update(Action change)
    {
        lock (_lock)
        {
            change();
            SignalLocked();
        }
    }

    private async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (condition())
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void SignalLocked()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }
}
