namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>Counts one service's calls and items as the server saw them, and the most calls it had in flight at once.</summary>
public sealed class ServiceMeter
{
    private long _calls;
    private long _items;
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>Gets the calls since the last reset.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Gets the items (batch members or operations) since the last reset.</summary>
    public long Items => Interlocked.Read(ref _items);

    /// <summary>Gets the most calls in flight at once since the last reset.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Counts a call entering; call <see cref="Leave"/> when it leaves.</summary>
    /// <param name="items">The items it carries.</param>
    public void Enter(int items)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _items, items);
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
        }
    }

    /// <summary>Counts a call leaving.</summary>
    public void Leave() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Starts counting afresh.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _calls, 0);
        Interlocked.Exchange(ref _items, 0);
        Interlocked.Exchange(ref _maxInFlight, 0);
    }
}
