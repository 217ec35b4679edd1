namespace Dynamics.Mailchimp.Sandbox.Hosting.Recording;

/// <summary>A thread-safe, in-memory log of the requests an emulator received.</summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _entries = [];
    private long _sequence;

    /// <summary>Gets the number of recorded requests.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Returns the next arrival number.</summary>
    /// <returns>A number unique within this log.</returns>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>Adds a request to the log.</summary>
    /// <param name="request">The request to add.</param>
    public void Add(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            _entries.Add(request);
        }
    }

    /// <summary>Returns a copy of the log in arrival order.</summary>
    /// <returns>The recorded requests, oldest first.</returns>
    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries.OrderBy(e => e.Sequence)];
        }
    }

    /// <summary>Removes every entry.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
