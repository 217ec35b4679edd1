using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

/// <summary>A fake clock that also reports every timer started on it, so a test can wait for a delay to begin instead of racing it.</summary>
internal sealed class TimerWatchingClock : FakeTimeProvider
{
    private readonly ConcurrentQueue<(TimeSpan DueTime, TaskCompletionSource Started)> _waiters = new();
    private readonly ConcurrentQueue<TimeSpan> _started = new();

    /// <summary>Gets the due times of the timers started so far, oldest first.</summary>
    public IReadOnlyList<TimeSpan> StartedTimers => [.. _started];

    /// <summary>Completes when a timer with <paramref name="dueTime"/> has been started.</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime, CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((dueTime, started));
        if (_started.Contains(dueTime))
        {
            started.TrySetResult();
        }

        return started.Task.WaitAsync(cancellationToken);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _started.Enqueue(dueTime);
        foreach (var (due, started) in _waiters.Where(w => w.DueTime == dueTime))
        {
            started.TrySetResult();
        }

        return timer;
    }
}
