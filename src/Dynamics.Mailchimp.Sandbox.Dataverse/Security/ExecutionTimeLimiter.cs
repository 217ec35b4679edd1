namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>
/// Dataverse's "execution time" service protection limit: the combined time the requests of one user took within the
/// sliding window (20 minutes per 300 seconds by default). Once over it, the user's next requests are refused with a
/// <c>Retry-After</c> of the seconds until enough of that time has left the window (or a configured fixed value).
/// Durations come from the sandbox's clock, so a fake clock makes them exact.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/api-limits (code <c>0x80072321</c>).
/// </summary>
internal sealed class ExecutionTimeLimiter(TimeSpan limit, TimeSpan window, int? fixedRetryAfterSeconds, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Queue<(DateTimeOffset CompletedAt, TimeSpan Duration)>> _spent = [];

    public TimeSpan Limit => limit;

    public TimeSpan Window => window;

    /// <summary>Whether <paramref name="userId"/> may start a request; false (with the seconds to wait) when over the limit.</summary>
    public bool TryAcquire(Guid userId, out int retryAfterSeconds)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var spent = Spent(userId, now);
            var total = spent.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration);
            if (total <= limit)
            {
                retryAfterSeconds = 0;
                return true;
            }

            var freed = TimeSpan.Zero;
            var until = now;
            foreach (var (completedAt, duration) in spent)
            {
                freed += duration;
                until = completedAt + window;
                if (total - freed <= limit)
                {
                    break;
                }
            }

            retryAfterSeconds = fixedRetryAfterSeconds ?? Math.Max(1, (int)Math.Ceiling((until - now).TotalSeconds));
            return false;
        }
    }

    /// <summary>Adds the time one request of <paramref name="userId"/> took.</summary>
    public void Record(Guid userId, TimeSpan duration)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            Spent(userId, now).Enqueue((now, duration));
        }
    }

    private Queue<(DateTimeOffset CompletedAt, TimeSpan Duration)> Spent(Guid userId, DateTimeOffset now)
    {
        if (!_spent.TryGetValue(userId, out var spent))
        {
            spent = new Queue<(DateTimeOffset, TimeSpan)>();
            _spent[userId] = spent;
        }

        while (spent.Count > 0 && spent.Peek().CompletedAt <= now - window)
        {
            spent.Dequeue();
        }

        return spent;
    }
}
