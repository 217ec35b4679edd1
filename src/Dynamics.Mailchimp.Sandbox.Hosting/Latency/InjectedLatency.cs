namespace Dynamics.Mailchimp.Sandbox.Hosting.Latency;

/// <summary>A thread-safe, changeable delay added before every matching request is handled, and an optional per-request cost.</summary>
public sealed class InjectedLatency
{
    private long _ticks;
    private IRequestCost? _cost;

    /// <summary>Initializes a new instance of the <see cref="InjectedLatency"/> class.</summary>
    /// <param name="initial">The starting delay. <value>Zero means no delay.</value></param>
    public InjectedLatency(TimeSpan initial = default) => Value = initial;

    /// <summary>Gets or sets the delay; negative values are treated as zero.</summary>
    /// <value>Defaults to <see cref="TimeSpan.Zero"/>.</value>
    public TimeSpan Value
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));
        set => Interlocked.Exchange(ref _ticks, Math.Max(0, value.Ticks));
    }

    /// <summary>Gets or sets a latency model charged per request from its path and body, on top of <see cref="Value"/>.</summary>
    /// <value>Defaults to <see langword="null"/>: no per-request cost.</value>
    public IRequestCost? Cost
    {
        get => Volatile.Read(ref _cost);
        set => Volatile.Write(ref _cost, value);
    }
}
