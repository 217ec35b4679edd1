namespace Dynamics.Mailchimp.Sandbox.Hosting.Concurrency;

/// <summary>Counts in-flight requests per key (e.g. per API key) and refuses those above a limit.</summary>
public sealed class InFlightLimiter
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private int _limit;

    /// <summary>Initializes a new instance of the <see cref="InFlightLimiter"/> class.</summary>
    /// <param name="limit">The most simultaneous requests allowed per key.</param>
    public InFlightLimiter(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        _limit = limit;
    }

    /// <summary>Gets or sets the most simultaneous requests allowed per key.</summary>
    public int Limit
    {
        get => Volatile.Read(ref _limit);
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            Volatile.Write(ref _limit, value);
        }
    }

    /// <summary>Tries to start a request for <paramref name="key"/>.</summary>
    /// <param name="key">The key the limit applies to.</param>
    /// <param name="lease">A lease to dispose when the request ends, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when the key already has <see cref="Limit"/> requests in flight.</returns>
    public bool TryEnter(string key, out IDisposable? lease)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            _inFlight.TryGetValue(key, out var current);
            if (current >= Limit)
            {
                lease = null;
                return false;
            }

            _inFlight[key] = current + 1;
        }

        lease = new Lease(this, key);
        return true;
    }

    /// <summary>Returns the number of requests in flight for a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The in-flight count.</returns>
    public int InFlight(string key)
    {
        lock (_gate)
        {
            return _inFlight.GetValueOrDefault(key);
        }
    }

    private void Exit(string key)
    {
        lock (_gate)
        {
            var remaining = _inFlight.GetValueOrDefault(key) - 1;
            if (remaining <= 0)
            {
                _inFlight.Remove(key);
            }
            else
            {
                _inFlight[key] = remaining;
            }
        }
    }

    private sealed class Lease(InFlightLimiter owner, string key) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Exit(key);
            }
        }
    }
}
