using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Security;

/// <summary>
/// Service protection: combined execution time per window, and the defaults.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/api-limits (6000 requests and 20 minutes
/// (1200 seconds) of execution time within the 5 minute sliding window, 52 concurrent requests; 0x80072321 with its message).
/// </summary>
public sealed class ExecutionTimeLimiterTests
{
    private static ExecutionTimeLimiter CreateSut(FakeTimeProvider clock) => new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(300), null, clock);

    [Fact]
    public void TryAcquire_OverCombinedTime_RefusesUntilEnoughTimeLeavesTheWindow()
    {
        // Arrange
        var clock = new FakeTimeProvider();
        var sut = CreateSut(clock);
        var user = Guid.NewGuid();
        sut.Record(user, TimeSpan.FromSeconds(6));
        clock.Advance(TimeSpan.FromSeconds(100));
        sut.Record(user, TimeSpan.FromSeconds(6));

        // Act
        var refused = !sut.TryAcquire(user, out var retryAfter);
        var otherUser = sut.TryAcquire(Guid.NewGuid(), out _);
        clock.Advance(TimeSpan.FromSeconds(200));
        var later = sut.TryAcquire(user, out _);

        // Assert
        Assert.True(refused);
        Assert.Equal(200, retryAfter);
        Assert.True(otherUser);
        Assert.True(later);
    }

    [Fact]
    public void Defaults_MatchDataversesDocumentedLimits()
    {
        // Arrange
        var options = new DataverseSandboxOptions();

        // Act
        options.Validate();

        // Assert
        Assert.Equal(6000, options.RequestsPerWindow);
        Assert.Equal(300, options.WindowSeconds);
        Assert.Equal(TimeSpan.FromSeconds(1200), options.ExecutionTimePerWindow);
        Assert.Equal(52, options.ConcurrentRequestsPerUser);
    }

    [Fact]
    public async Task Http_RequestsThatTookTheWholeBudget_NextIsRefusedWith0x80072321()
    {
        // Arrange
        var clock = new FakeTimeProvider();
        await using var sandbox = await Sandboxes.StartAsync(new DataverseSandboxOptions { Clock = clock, ExecutionTimePerWindow = TimeSpan.FromSeconds(30) });
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
        sandbox.Gate.Close();
        var slow = client.GetAsync("WhoAmI");
        await sandbox.Gate.WaitForHeldAsync(1, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(31));
        sandbox.Gate.Open();
        using var first = await slow;

        // Act
        using var next = await client.GetAsync("WhoAmI");
        var body = await WebApiClient.ReadJsonAsync(next);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
        Assert.Equal("0x80072321", WebApiClient.ErrorCode(body));
        Assert.StartsWith("Combined execution time of incoming requests exceeded limit of 30,000 milliseconds over time window of 300 seconds.", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.NotNull(next.Headers.RetryAfter?.Delta);
    }
}
