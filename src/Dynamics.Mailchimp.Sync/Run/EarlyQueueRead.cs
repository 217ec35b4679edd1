using Dynamics.Mailchimp.Sync.Claim;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// The run's first queue read, started beside the guarded write that takes the lease (<see cref="ILeaseManager"/>'s
/// <c>whenFree</c>) instead of after it, one Dataverse round trip earlier. Only the last read started counts; the others,
/// and all of them when the lease is not taken or when reconciliation has queued rows since, are thrown away (awaited,
/// their failures ignored, so none goes unobserved).
/// </summary>
/// <param name="read">Starts the read.</param>
internal sealed class EarlyQueueRead(Func<Task<QueueBatch>> read)
{
    private readonly List<Task<QueueBatch>> _started = [];

    /// <summary>
    /// Starts a read (the lease's <c>whenFree</c>); a read started before no longer counts. Its failure, even one thrown
    /// before the read's first await, stays in its task: taking the lease goes on.
    /// </summary>
    public void Start() => _started.Add(ReadAsync());

    private async Task<QueueBatch> ReadAsync() => await read().ConfigureAwait(false);

    /// <summary>The last read started, for the first cycle, or null when none was; the others are thrown away.</summary>
    /// <returns>The read, or null.</returns>
    public async Task<Task<QueueBatch>?> TakeAsync()
    {
        if (_started.Count == 0)
        {
            return null;
        }

        var last = _started[^1];
        _started.RemoveAt(_started.Count - 1);
        await DiscardAsync().ConfigureAwait(false);
        return last;
    }

    /// <summary>Throws every read away.</summary>
    /// <returns>When they have all ended.</returns>
    public async Task DiscardAsync()
    {
        foreach (var started in _started)
        {
            await ((Task)started).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _started.Clear();
    }
}
