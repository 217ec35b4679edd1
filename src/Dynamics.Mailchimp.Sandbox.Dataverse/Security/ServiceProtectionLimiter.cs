namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>
/// Dataverse's "number of requests" service protection limit: at most N requests per user in a sliding window; beyond it
/// the request is refused with a <c>Retry-After</c> of the seconds until the oldest counted request leaves the window
/// (or a configured fixed value). A <c>$batch</c> counts once. Refused requests are not counted.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/api-limits.
/// </summary>
internal sealed class ServiceProtectionLimiter(int limit, TimeSpan window, int? fixedRetryAfterSeconds)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Queue<DateTimeOffset>> _requests = [];

    public int Limit => limit;

    public TimeSpan Window => window;

    /// <summary>Counts a request of <paramref name="userId"/>; false (with the seconds to wait) when over the limit.</summary>
    public bool TryAcquire(Guid userId, DateTimeOffset now, out int retryAfterSeconds)
    {
        lock (_gate)
        {
            if (!_requests.TryGetValue(userId, out var times))
            {
                times = new Queue<DateTimeOffset>();
                _requests[userId] = times;
            }

            while (times.Count > 0 && times.Peek() <= now - window)
            {
                times.Dequeue();
            }

            if (times.Count >= limit)
            {
                var untilFree = times.Peek() + window - now;
                retryAfterSeconds = fixedRetryAfterSeconds ?? Math.Max(1, (int)Math.Ceiling(untilFree.TotalSeconds));
                return false;
            }

            times.Enqueue(now);
            retryAfterSeconds = 0;
            return true;
        }
    }
}
