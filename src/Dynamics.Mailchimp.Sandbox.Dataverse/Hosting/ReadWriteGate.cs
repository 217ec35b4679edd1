using Nito.AsyncEx;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;

/// <summary>
/// The Web API's request gate: requests that only read pass together, a request that may write passes alone
/// (Nito.AsyncEx's <see cref="AsyncReaderWriterLock"/>: a reader that arrives while a writer waits queues behind it, so a
/// write is never starved). The counts are for tests that need to see a request waiting.
/// </summary>
internal sealed class ReadWriteGate
{
    private readonly AsyncReaderWriterLock _lock = new();
    private int _readers;
    private int _writers;
    private int _waiting;

    /// <summary>Gets how many readers are inside.</summary>
    public int Readers => Volatile.Read(ref _readers);

    /// <summary>Gets whether a writer is inside.</summary>
    public bool Writing => Volatile.Read(ref _writers) > 0;

    /// <summary>Gets how many requests wait at the gate.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Waits for the gate to let the request in.</summary>
    /// <param name="readOnly">Whether the request only reads (it may pass beside other readers).</param>
    /// <param name="cancellationToken">Stops the wait; the request then never passes.</param>
    /// <returns>A pass to dispose when the request leaves.</returns>
    public async Task<IDisposable> EnterAsync(bool readOnly, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        IDisposable held;
        try
        {
            held = readOnly
                ? await _lock.ReaderLockAsync(cancellationToken).ConfigureAwait(false)
                : await _lock.WriterLockAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        Interlocked.Increment(ref readOnly ? ref _readers : ref _writers);
        return new Pass(this, held, readOnly);
    }

    private sealed class Pass(ReadWriteGate gate, IDisposable held, bool readOnly) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                Interlocked.Decrement(ref readOnly ? ref gate._readers : ref gate._writers);
                held.Dispose();
            }
        }
    }
}
