using Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Batches;

public sealed class BatchGateTests
{
    private static BatchGate CreateSut() => new();

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    [Fact(DisplayName = "PassAsync_Open_CompletesAtOnce")]
    public void PassAsync_Open_CompletesAtOnce()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var pass = sut.PassAsync(CancellationToken.None);

        // Assert
        Assert.True(pass.IsCompletedSuccessfully);
    }

    [Fact(DisplayName = "Step_Held_LetsExactlyOnePassThrough")]
    public async Task Step_Held_LetsExactlyOnePassThrough()
    {
        // Arrange
        var sut = CreateSut();
        sut.Hold();
        var first = sut.PassAsync(Timeout());
        await sut.WaitForHeldAsync(Timeout());

        // Act
        sut.Step();
        await first;
        var second = sut.PassAsync(Timeout());

        // Assert
        Assert.False(second.IsCompleted);
        sut.Release();
        await second;
    }

    [Fact(DisplayName = "PassAsync_CancelledWhileHeld_ThrowsAndIsNoLongerHeld")]
    public async Task PassAsync_CancelledWhileHeld_ThrowsAndIsNoLongerHeld()
    {
        // Arrange
        var sut = CreateSut();
        sut.Hold();
        using var cancel = new CancellationTokenSource();
        var pass = sut.PassAsync(cancel.Token);
        await sut.WaitForHeldAsync(Timeout());

        // Act
        await cancel.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pass);
        var stillHeld = sut.WaitForHeldAsync(CancellationToken.None);
        Assert.False(stillHeld.IsCompleted);
    }

    [Fact(DisplayName = "WaitForIdleAsync_ActiveBatch_CompletesOnExit")]
    public async Task WaitForIdleAsync_ActiveBatch_CompletesOnExit()
    {
        // Arrange
        var sut = CreateSut();
        sut.Enter();
        var idle = sut.WaitForIdleAsync(Timeout());

        // Act
        var beforeExit = idle.IsCompleted;
        sut.Exit();
        await idle;

        // Assert
        Assert.False(beforeExit);
    }
}
