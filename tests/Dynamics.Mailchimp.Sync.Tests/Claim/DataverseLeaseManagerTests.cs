using Dynamics.Mailchimp.Sync.Claim;

namespace Dynamics.Mailchimp.Sync.Tests.Claim;

/// <summary>The push lease against the Dataverse sandbox: two job instances, one fake clock for the sandbox and both jobs.</summary>
public sealed class DataverseLeaseManagerTests
{
    private const string Push = "lease:push";

    /// <summary>Both instances try at once: their first reads are held at the gate until both arrived, so both see the same row.</summary>
    private static async Task<LeaseAttempt[]> RaceAsync(DataverseJobHost host, DataverseLeaseManager first, DataverseLeaseManager second)
    {
        host.Sandbox.Gate.Close();
        var a = first.TryAcquireAsync(Push, CancellationToken.None);
        var b = second.TryAcquireAsync(Push, CancellationToken.None);
        while (host.Sandbox.Gate.HeldCount < 2)
        {
            await Task.Delay(5);
        }

        host.Sandbox.Gate.Open();
        return await Task.WhenAll(a, b);
    }

    private static DataverseLeaseManager CreateSut(DataverseJobHost host, string runId) =>
        new(host.CreateClient(writeTag: null), host.Clock, new LeaseOptions { RunId = runId });

    [Fact]
    public async Task TryAcquireAsync_TwoInstances_OnlyTheFirstGetsItAndTheSecondSeesTheHolder()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var first = CreateSut(host, "run-a");
        var second = CreateSut(host, "run-b");

        // Act
        var won = await first.TryAcquireAsync(Push, CancellationToken.None);
        var lost = await second.TryAcquireAsync(Push, CancellationToken.None);

        // Assert
        Assert.NotNull(won.Lease);
        Assert.Null(won.Holder);
        Assert.Equal(first.Owner, won.Lease.Owner);
        Assert.EndsWith("/run-a", first.Owner, StringComparison.Ordinal);
        Assert.Equal(host.Clock.GetUtcNow() + LeaseOptions.DefaultDuration, won.Lease.ExpiresOn);
        Assert.Null(lost.Lease);
        Assert.Equal(first.Owner, lost.Holder!.Owner);
        Assert.Equal(won.Lease.ExpiresOn, lost.Holder.ExpiresOn);
    }

    [Fact]
    public async Task TryAcquireAsync_RowExists_TakesItInTwoCallsAndRefusesInOne()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var first = CreateSut(host, "run-a");
        var second = CreateSut(host, "run-b");
        await using (var lease = (await first.TryAcquireAsync(Push, CancellationToken.None)).Lease)
        {
        }

        host.Sandbox.ClearRequests();

        // Act
        var taken = await second.TryAcquireAsync(Push, CancellationToken.None);
        var takeCalls = host.Calls;
        host.Sandbox.ClearRequests();
        var refused = await first.TryAcquireAsync(Push, CancellationToken.None);
        var refuseCalls = host.Calls;

        // Assert
        Assert.NotNull(taken.Lease);
        Assert.Equal(2, takeCalls);
        Assert.NotNull(refused.Holder);
        Assert.Equal(1, refuseCalls);
    }

    [Fact]
    public async Task TryAcquireAsync_WhenFree_CalledOnceAfterTheReadAndBeforeTheWriteForAMissingOrAFreeRowAndNeverForAHeldOne()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var first = CreateSut(host, "run-a");
        var second = CreateSut(host, "run-b");
        var calledAt = new List<int>();
        void WhenFree() => calledAt.Add(host.Calls);

        // Act: the row is missing (created), then held by run-a (refused), then released (taken).
        host.Sandbox.ClearRequests();
        var created = await first.TryAcquireAsync(Push, WhenFree, CancellationToken.None);
        var createCalls = calledAt.ToArray();
        calledAt.Clear();
        var refused = await second.TryAcquireAsync(Push, WhenFree, CancellationToken.None);
        var refusedCalls = calledAt.ToArray();
        await created.Lease!.DisposeAsync();
        host.Sandbox.ClearRequests();
        calledAt.Clear();
        var taken = await second.TryAcquireAsync(Push, WhenFree, CancellationToken.None);

        // Assert: each time after the one read (1 call so far) and before the write that takes the lease.
        Assert.NotNull(created.Lease);
        Assert.Equal([1], createCalls);
        Assert.Null(refused.Lease);
        Assert.Empty(refusedCalls);
        Assert.NotNull(taken.Lease);
        Assert.Equal([1], calledAt);
        Assert.Equal(2, host.Calls);
    }

    [Fact]
    public async Task TryAcquireAsync_WithALookAhead_TakesTheLeaseWithTheWriteAloneAndReadsTheRowAgainNextTime()
    {
        // Arrange: the row exists and is free; its read is made ahead.
        await using var host = await DataverseJobHost.StartAsync();
        await using (var released = (await CreateSut(host, "run-0").TryAcquireAsync(Push, CancellationToken.None)).Lease)
        {
        }

        host.Sandbox.ClearRequests();
        var lookAhead = LeaseLookAhead.Start(host.CreateClient(writeTag: null), Push, CancellationToken.None);
        await lookAhead.Completion;
        var sut = new DataverseLeaseManager(host.CreateClient(writeTag: null), host.Clock, new LeaseOptions { RunId = "run-a" }, lookAhead);
        await sut.TryAcquireAsync("lease:other", CancellationToken.None);
        host.Sandbox.ClearRequests();

        // Act
        var taken = await sut.TryAcquireAsync(Push, CancellationToken.None);
        var takeCalls = host.Calls;
        await taken.Lease!.DisposeAsync();
        host.Sandbox.ClearRequests();
        var again = await sut.TryAcquireAsync(Push, CancellationToken.None);

        // Assert: another lease's attempt left the look-ahead alone; the push lease's first attempt used it (the guarded
        // write only), its next one read the row again (read and write).
        Assert.NotNull(taken.Lease);
        Assert.Equal(1, takeCalls);
        Assert.NotNull(again.Lease);
        Assert.Equal(2, host.Calls);
    }

    [Fact]
    public async Task TryAcquireAsync_LookAheadSawTheRowFreeAndAnotherInstanceTookItSince_RefusedNamingThatInstance()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        await using (var released = (await CreateSut(host, "run-0").TryAcquireAsync(Push, CancellationToken.None)).Lease)
        {
        }

        var lookAhead = LeaseLookAhead.Start(host.CreateClient(writeTag: null), Push, CancellationToken.None);
        await lookAhead.Completion;
        var sut = new DataverseLeaseManager(host.CreateClient(writeTag: null), host.Clock, new LeaseOptions { RunId = "run-a" }, lookAhead);
        var other = CreateSut(host, "run-b");
        var otherLease = (await other.TryAcquireAsync(Push, CancellationToken.None)).Lease;

        // Act
        var refused = await sut.TryAcquireAsync(Push, CancellationToken.None);

        // Assert: the ETag read ahead no longer matches: 412, and the winner is named.
        Assert.NotNull(otherLease);
        Assert.Null(refused.Lease);
        Assert.Equal(other.Owner, refused.Holder!.Owner);
    }

    [Fact]
    public async Task TryAcquireAsync_AfterExpiry_SecondTakesItAndFirstRenewThrowsLeaseLost()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var first = CreateSut(host, "run-a");
        var second = CreateSut(host, "run-b");
        var held = (await first.TryAcquireAsync(Push, CancellationToken.None)).Lease!;
        host.Clock.Advance(LeaseOptions.DefaultDuration + TimeSpan.FromSeconds(1));

        // Act
        var taken = await second.TryAcquireAsync(Push, CancellationToken.None);
        var lost = await Assert.ThrowsAsync<LeaseLostException>(() => held.RenewAsync(CancellationToken.None));

        // Assert
        Assert.NotNull(taken.Lease);
        Assert.Equal(Push, lost.Name);
        Assert.Contains(second.Owner, lost.Message, StringComparison.Ordinal);
        await held.DisposeAsync(); // a lost lease's release never throws, and leaves the winner's lease alone
        Assert.NotNull((await CreateSut(host, "run-c").TryAcquireAsync(Push, CancellationToken.None)).Holder);
    }

    [Fact]
    public async Task TryAcquireAsync_AlreadyOurs_TakesItAgain()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var first = CreateSut(host, "run-a");
        _ = await first.TryAcquireAsync(Push, CancellationToken.None);

        // Act
        var again = await first.TryAcquireAsync(Push, CancellationToken.None);

        // Assert
        Assert.NotNull(again.Lease);
    }

    [Fact]
    public async Task TryAcquireAsync_BothReadTheFreeRow_TheSecondWriteGets412AndReportsTheWinner()
    {
        // Arrange: the row exists and is free; both reads are held at the gate so both see the same ETag.
        await using var host = await DataverseJobHost.StartAsync();
        var first = CreateSut(host, "run-a");
        var second = CreateSut(host, "run-b");
        await using (var released = (await first.TryAcquireAsync(Push, CancellationToken.None)).Lease)
        {
        }

        // Act
        var results = await RaceAsync(host, first, second);

        // Assert: exactly one holds it; the other names it as the holder.
        var winner = Assert.Single(results, r => r.Lease is not null).Lease!;
        var loser = Assert.Single(results, r => r.Lease is null);
        Assert.Equal(winner.Owner, loser.Holder!.Owner);
        Assert.Equal(winner.ExpiresOn, loser.Holder.ExpiresOn);
    }

    [Fact]
    public async Task Constructor_DurationUnderTenSeconds_Refused()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var options = new LeaseOptions { Duration = TimeSpan.FromSeconds(1) };

        // Act
        var refused = Assert.Throws<System.ComponentModel.DataAnnotations.ValidationException>(() =>
            new DataverseLeaseManager(host.Job, host.Clock, options));

        // Assert
        Assert.Contains(nameof(LeaseOptions.Duration), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryAcquireAsync_BothCreateTheMissingRow_DuplicateKeyLosesAndReportsTheWinner()
    {
        // Arrange: no row yet; both reads are held at the gate so both go on to create it.
        await using var host = await DataverseJobHost.StartAsync();
        var first = CreateSut(host, "run-a");
        var second = CreateSut(host, "run-b");
        // Act
        var results = await RaceAsync(host, first, second);

        // Assert
        var winner = Assert.Single(results, r => r.Lease is not null).Lease!;
        Assert.Equal(winner.Owner, Assert.Single(results, r => r.Lease is null).Holder!.Owner);
        Assert.Single(host.Sandbox.Organization.Rows("dmc_syncstate"));
    }
}
