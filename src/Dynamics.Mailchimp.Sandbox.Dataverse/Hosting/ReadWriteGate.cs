namespace Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;

/// <summary>
/// The Web API's request gate: requests that only read pass together, a request that may write passes alone. First come,
/// first served: a reader that arrives while a writer waits queues behind it, so a write is never starved and writes
/// pass in the order they came, as when every request passed alone.
/// </summary>
internal sealed class ReadWriteGate
{
    private readonly Lock _sync = new();
    private readonly LinkedList<Waiter> _waiting = new();
    private int _readers;
    private bool _writing;

    /// <summary>Gets how many readers are inside.</summary>
    public int Readers
    {
        get
        {
            lock (_sync)
            {
                return _readers;
            }
        }
    }

    /// <summary>Gets whether a writer is inside.</summary>
    public bool Writing
    {
        get
        {
            lock (_sync)
            {
                return _writing;
            }
        }
    }

    /// <summary>Gets how many requests wait at the gate.</summary>
    public int Waiting
    {
        get
        {
            lock (_sync)
            {
                return _waiting.Count;
            }
        }
    }

    /// <summary>Waits for the gate to let the request in.</summary>
    /// <param name="readOnly">Whether the request only reads (it may pass beside other readers).</param>
    /// <param name="cancellationToken">Stops the wait; the request then never passes.</param>
    /// <returns>A pass to dispose when the request leaves.</returns>
    public Task<IDisposable> EnterAsync(bool readOnly, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_sync)
        {
            if (_waiting.Count == 0 && CanPass(readOnly))
            {
                return Task.FromResult(Admit(readOnly));
            }

            waiter = new Waiter(readOnly);
            waiter.Node = _waiting.AddLast(waiter);
        }

        return WaitAsync(waiter, cancellationToken);
    }

    private async Task<IDisposable> WaitAsync(Waiter waiter, CancellationToken cancellationToken)
    {
        using (cancellationToken.Register(() => Cancel(waiter, cancellationToken)))
        {
            return await waiter.Completion.Task.ConfigureAwait(false);
        }
    }

    private bool CanPass(bool readOnly) => !_writing && (readOnly || _readers == 0);

    private IDisposable Admit(bool readOnly)
    {
        if (readOnly)
        {
            _readers++;
        }
        else
        {
            _writing = true;
        }

        return new Pass(this, readOnly);
    }

    private void Leave(bool readOnly)
    {
        List<(Waiter, IDisposable)> admitted;
        lock (_sync)
        {
            if (readOnly)
            {
                _readers--;
            }
            else
            {
                _writing = false;
            }

            admitted = AdmitWaiting();
        }

        Complete(admitted);
    }

    private void Cancel(Waiter waiter, CancellationToken cancellationToken)
    {
        List<(Waiter, IDisposable)> admitted;
        lock (_sync)
        {
            if (waiter.Node?.List is null)
            {
                return; // already admitted: its pass is released as usual
            }

            _waiting.Remove(waiter.Node);
            admitted = AdmitWaiting(); // a writer that stops waiting may let the readers behind it in
        }

        waiter.Completion.TrySetCanceled(cancellationToken);
        Complete(admitted);
    }

    // From the head of the queue: every reader up to the next writer, or that writer alone once the gate is empty.
    private List<(Waiter, IDisposable)> AdmitWaiting()
    {
        var admitted = new List<(Waiter, IDisposable)>();
        while (_waiting.First is { } head && CanPass(head.Value.ReadOnly))
        {
            _waiting.RemoveFirst();
            admitted.Add((head.Value, Admit(head.Value.ReadOnly)));
        }

        return admitted;
    }

    // Outside the lock: the waiters' continuations run on their own (RunContinuationsAsynchronously).
    private static void Complete(List<(Waiter Waiter, IDisposable Pass)> admitted)
    {
        foreach (var (waiter, pass) in admitted)
        {
            waiter.Completion.TrySetResult(pass);
        }
    }

    private sealed class Waiter(bool readOnly)
    {
        public bool ReadOnly { get; } = readOnly;

        public TaskCompletionSource<IDisposable> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }
    }

    private sealed class Pass(ReadWriteGate owner, bool readOnly) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Leave(readOnly);
            }
        }
    }
}
