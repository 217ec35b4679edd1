using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Run;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sync.Tests.Run;

/// <summary>The background renewal that keeps a long cycle inside its lease, on a fake clock.</summary>
public sealed class LeaseKeeperTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Keeper_AThirdOfTheLeasePasses_RenewsIt()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        var lease = new ScriptedLease(time, TimeSpan.FromMinutes(3));
        await using var sut = new LeaseKeeper(lease, time);

        // Act
        time.Advance(TimeSpan.FromSeconds(59));
        var early = lease.Renewals;
        time.Advance(TimeSpan.FromSeconds(1));
        await lease.Renewed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        Assert.Equal(0, early);
        Assert.Equal(1, lease.Renewals);
        Assert.False(sut.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task Keeper_AnotherInstanceTookTheLease_CancelsLost()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        var lease = new ScriptedLease(time, TimeSpan.FromMinutes(3)) { Lose = true };
        await using var sut = new LeaseKeeper(lease, time);

        // Act
        time.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(Timeout.Infinite, sut.Lost).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        Assert.True(sut.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task Keeper_RenewalFailsWhileTheLeaseStillHolds_KeepsTrying()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        var lease = new ScriptedLease(time, TimeSpan.FromMinutes(3)) { FailOnce = true };
        await using var sut = new LeaseKeeper(lease, time);

        // Act
        time.Advance(TimeSpan.FromMinutes(1));
        await lease.Failed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        for (var step = 0; step < 60 && !lease.Renewed.Task.IsCompleted; step++)
        {
            // The retry's wait is scheduled by the keeper's loop after the failure; step the clock until it fires.
            time.Advance(TimeSpan.FromSeconds(2));
            await Task.Yield();
        }

        await lease.Renewed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        Assert.Equal(1, lease.Renewals);
        Assert.False(sut.Lost.IsCancellationRequested);
    }

    private sealed class ScriptedLease(TimeProvider time, TimeSpan duration) : ISyncLease
    {
        public bool Lose { get; init; }

        public bool FailOnce { get; set; }

        public int Renewals { get; private set; }

        public TaskCompletionSource Renewed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Failed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Owner => "test";

        public DateTimeOffset ExpiresOn { get; private set; } = time.GetUtcNow() + duration;

        public Task RenewAsync(CancellationToken cancellationToken)
        {
            if (Lose)
            {
                throw new LeaseLostException("lease:push", "other");
            }

            if (FailOnce)
            {
                FailOnce = false;
                Failed.SetResult();
                throw new HttpRequestException("throttled");
            }

            Renewals++;
            ExpiresOn = time.GetUtcNow() + duration;
            Renewed.TrySetResult();
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
