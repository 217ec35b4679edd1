namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// Work that must not run beside itself for one audience: each call waits for the one before it on the same audience.
/// The push sends two cycles side by side (their members differ); their tag phases take turns, since two of them could
/// both find a new tag missing and both create its segment.
/// </summary>
internal sealed class AudienceTurns
{
    private readonly Dictionary<string, Task> _last = new(StringComparer.Ordinal);

    public async Task RunAsync(string audienceId, Func<Task> work)
    {
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (_last)
        {
            previous = _last.GetValueOrDefault(audienceId) ?? Task.CompletedTask;
            _last[audienceId] = mine.Task;
        }

        try
        {
            // Never faults: every turn completes its successor's wait, however it ends.
            await previous.ConfigureAwait(false);
            await work().ConfigureAwait(false);
        }
        finally
        {
            mine.SetResult();
        }
    }
}
