using Dynamics.Mailchimp.Sandbox.Hosting.Latency;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Hosting;

public sealed class RequestGateTests
{
    private static RequestGate CreateSut() => new();

    [Fact]
    public async Task PassAsync_ClosedGate_HoldsUntilOpened()
    {
        // Arrange
        var sut = CreateSut();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        sut.Close();
        var pass = sut.PassAsync(timeout.Token);
        await sut.WaitForHeldAsync(1, timeout.Token);

        // Act
        var heldBeforeOpen = pass.IsCompleted;
        sut.Open();
        await pass;

        // Assert
        Assert.False(heldBeforeOpen);
        Assert.Equal(0, sut.HeldCount);
    }

    [Fact]
    public async Task PassAsync_OpenGate_CompletesAtOnce()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var pass = sut.PassAsync(CancellationToken.None);

        // Assert
        Assert.True(pass.IsCompletedSuccessfully);
        await pass;
    }

    [Fact]
    public async Task IsOpen_CloseThenOpen_FollowsTheGate()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var initially = sut.IsOpen;
        sut.Close();
        var closed = sut.IsOpen;
        var held = sut.PassAsync(CancellationToken.None);
        sut.Open();
        await held;

        // Assert
        Assert.True(initially);
        Assert.False(closed);
        Assert.True(sut.IsOpen);
    }
}
