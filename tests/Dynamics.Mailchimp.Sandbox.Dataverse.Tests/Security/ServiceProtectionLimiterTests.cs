using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Security;

/// <summary>
/// Service protection (number of requests per window).
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/api-limits
/// </summary>
public sealed class ServiceProtectionLimiterTests
{
    private static ServiceProtectionLimiter CreateSut(int limit = 3, int? fixedRetryAfter = null) =>
        new(limit, TimeSpan.FromSeconds(300), fixedRetryAfter);

    [Fact]
    public void TryAcquire_OverLimit_RefusesWithSecondsUntilOldestLeavesWindow()
    {
        // Arrange
        var clock = new FakeTimeProvider();
        var sut = CreateSut();
        var user = Guid.NewGuid();
        sut.TryAcquire(user, clock.GetUtcNow(), out _);
        clock.Advance(TimeSpan.FromSeconds(100));
        sut.TryAcquire(user, clock.GetUtcNow(), out _);
        sut.TryAcquire(user, clock.GetUtcNow(), out _);

        // Act
        var allowed = sut.TryAcquire(user, clock.GetUtcNow(), out var retryAfter);

        // Assert
        Assert.False(allowed);
        Assert.Equal(200, retryAfter);
    }

    [Fact]
    public void TryAcquire_AfterWindowSlides_AllowsAgainAndCountsUsersApart()
    {
        // Arrange
        var clock = new FakeTimeProvider();
        var sut = CreateSut(limit: 1);
        var user = Guid.NewGuid();
        sut.TryAcquire(user, clock.GetUtcNow(), out _);

        // Act
        var otherUser = sut.TryAcquire(Guid.NewGuid(), clock.GetUtcNow(), out _);
        var sameUserNow = sut.TryAcquire(user, clock.GetUtcNow(), out _);
        clock.Advance(TimeSpan.FromSeconds(300));
        var sameUserLater = sut.TryAcquire(user, clock.GetUtcNow(), out _);

        // Assert
        Assert.True(otherUser);
        Assert.False(sameUserNow);
        Assert.True(sameUserLater);
    }

    [Fact]
    public async Task Http_RequestStormOverLimit_Answers429WithRetryAfterAndErrorCode()
    {
        // Arrange
        await using var sandbox = await Sandboxes.StartAsync(new DataverseSandboxOptions { RequestsPerWindow = 5, RetryAfterSeconds = 7 });
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.GetAsync("WhoAmI")));
        var throttled = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
        var body = await WebApiClient.ReadJsonAsync(throttled[0]);

        // Assert
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, throttled.Length);
        Assert.All(throttled, r => Assert.Equal(TimeSpan.FromSeconds(7), r.Headers.RetryAfter!.Delta));
        Assert.Equal("0x80072322", WebApiClient.ErrorCode(body));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
