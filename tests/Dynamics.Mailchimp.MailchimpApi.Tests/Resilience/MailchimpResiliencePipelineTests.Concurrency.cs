using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Resilience;

/// <content>The per-account connection cap, checked on a settled burst: calls are held in the handler until exactly the cap is in flight and the rest are queued.</content>
public sealed partial class MailchimpResiliencePipelineTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(3)]
    public async Task PingAsync_50ParallelCallers_CapInFlightAndTheRestQueued(int cap)
    {
        // Arrange
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler(async (_, _, token) =>
        {
            await gate.Task.WaitAsync(token);
            return Ok();
        });
        var (sut, provider) = CreateSut(handler, options => options.MaxConcurrentRequests = cap);

        // Act
        var calls = Enumerable.Range(0, 50).Select(_ => Task.Run(() => sut.PingAsync(CancellationToken.None))).ToList();
        await ConnectionCapProbe.WaitUntilAsync(
            () => handler.InFlight == cap && ConnectionCapProbe.Queued(provider, TestClientFactory.ApiKey, cap) == 50 - cap,
            hangGuard.Token);
        var inFlightWhileHeld = handler.InFlight;
        gate.SetResult();
        await Task.WhenAll(calls);

        // Assert
        Assert.Equal(cap, inFlightWhileHeld);
        Assert.Equal(50, handler.Count);
        Assert.Equal(cap, handler.MaxInFlight);
    }

    [Fact]
    public async Task PingAsync_TwoClientsOfOneAccount_ShareTheConnectionCap()
    {
        // Arrange
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler(async (_, _, token) =>
        {
            await gate.Task.WaitAsync(token);
            return Ok();
        });
        var (first, provider) = CreateSut(handler, options => options.MaxConcurrentRequests = 4);
        var second = TestClientFactory.CreateClient(provider);

        // Act
        var calls = Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).PingAsync(CancellationToken.None)))
            .ToList();
        await ConnectionCapProbe.WaitUntilAsync(
            () => handler.InFlight == 4 && ConnectionCapProbe.Queued(provider, TestClientFactory.ApiKey, 4) == 16,
            hangGuard.Token);
        var inFlightWhileHeld = handler.InFlight;
        gate.SetResult();
        await Task.WhenAll(calls);

        // Assert
        Assert.Equal(4, inFlightWhileHeld);
        Assert.Equal(20, handler.Count);
        Assert.Equal(4, handler.MaxInFlight);
    }
}
