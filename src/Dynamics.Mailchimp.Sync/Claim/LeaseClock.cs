namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Lease expiry as written on the row: whole seconds, UTC (the Web API's date-time precision).</summary>
internal static class LeaseClock
{
    /// <summary>Now plus <paramref name="duration"/>, truncated to the second.</summary>
    public static DateTimeOffset Expiry(TimeProvider time, TimeSpan duration)
    {
        var expires = time.GetUtcNow() + duration;
        return new DateTimeOffset(expires.Ticks - (expires.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
