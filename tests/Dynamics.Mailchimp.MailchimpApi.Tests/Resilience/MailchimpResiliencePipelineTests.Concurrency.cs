using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Resilience;

/// <content>The per-account connection cap.</content>
public sealed partial class MailchimpResiliencePipelineTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(3)]
    public async Task PingAsync_50ParallelCallers_NeverMoreInFlightThanTheCap(int cap)
    {
        // Arrange
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler(async (_, _, token) =>
        {
            await gate.Task.WaitAsync(token);
            return Ok();
        });
        var (sut, _) = CreateSut(handler, options => options.MaxConcurrentRequests = cap);

        // Act
        var calls = Enumerable.Range(0, 50).Select(_ => Task.Run(() => sut.PingAsync(CancellationToken.None))).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (handler.InFlight < cap && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, CancellationToken.None);
        }

        var inFlightWhileBlocked = handler.InFlight;
        gate.SetResult();
        await Task.WhenAll(calls);

        // Assert
        Assert.Equal(cap, inFlightWhileBlocked);
        Assert.Equal(50, handler.Count);
        Assert.True(handler.MaxInFlight <= cap, $"max in flight {handler.MaxInFlight} exceeded the cap {cap}");
    }

    [Fact]
    public async Task PingAsync_TwoClientsOfOneAccount_ShareTheConnectionCap()
    {
        // Arrange
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
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (handler.InFlight < 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, CancellationToken.None);
        }

        gate.SetResult();
        await Task.WhenAll(calls);

        // Assert
        Assert.Equal(20, handler.Count);
        Assert.True(handler.MaxInFlight <= 4, $"max in flight {handler.MaxInFlight} exceeded the shared cap");
    }
}
