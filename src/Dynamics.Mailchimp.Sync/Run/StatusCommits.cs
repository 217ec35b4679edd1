namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// Which of a cycle's settled record statuses are committed (<see cref="OutcomeBuffer"/> numbers them in the order they
/// are settled, and takes them for writing in that order): every status taken, except from the oldest status write still
/// unanswered, or the first that failed, on. A row may be written once every status settled with or before it is below
/// <see cref="Committed"/>. Not thread-safe: <see cref="OutcomeStream"/> calls it under its lock.
/// </summary>
internal sealed class StatusCommits
{
    private readonly List<long> _inFlight = [];
    private long _failedAt = long.MaxValue;

    /// <summary>Gets a value indicating whether a status write is still unanswered.</summary>
    public bool AnyInFlight => _inFlight.Count > 0;

    /// <summary>A write of the statuses numbered from <paramref name="first"/> started.</summary>
    public void Started(long first) => _inFlight.Add(first);

    /// <summary>The write started at <paramref name="first"/> was answered, or failed (its statuses, and every later one, are never committed).</summary>
    public void Ended(long first, bool failed)
    {
        _inFlight.Remove(first);
        if (failed)
        {
            _failedAt = Math.Min(_failedAt, first);
        }
    }

    /// <summary>The number below which every status is committed.</summary>
    /// <param name="taken">How many statuses were taken for writing (<see cref="OutcomeBuffer.StatusesTaken"/>).</param>
    public long Committed(long taken) =>
        Math.Min(Math.Min(taken, _failedAt), _inFlight.Count == 0 ? long.MaxValue : _inFlight.Min());
}
