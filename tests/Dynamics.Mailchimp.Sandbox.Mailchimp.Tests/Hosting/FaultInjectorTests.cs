using Dynamics.Mailchimp.Sandbox.Hosting.Faults;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Hosting;

public sealed class FaultInjectorTests
{
    private static FaultInjector CreateSut() => new();

    [Fact]
    public void TryConsume_MatchingPrefix_FailsCountTimesThenStops()
    {
        // Arrange
        var sut = CreateSut();
        sut.Add(new FaultRule("/3.0/lists", 503, 2));

        // Act
        var results = Enumerable.Range(0, 3).Select(_ => sut.TryConsume("/3.0/lists/abc/members", out FaultRule? _)).ToList();

        // Assert
        Assert.Equal([true, true, false], results);
        Assert.Empty(sut.Pending());
    }

    [Fact]
    public void TryConsume_OtherPath_DoesNotMatch()
    {
        // Arrange
        var sut = CreateSut();
        sut.Add(new FaultRule("/3.0/campaigns", 429, 1, RetryAfter: 2));

        // Act
        var matched = sut.TryConsume("/3.0/lists", out var rule);

        // Assert
        Assert.False(matched);
        Assert.Null(rule);
        Assert.Equal(1, Assert.Single(sut.Pending()).Count);
    }

    [Fact]
    public void TryConsume_RuleAddedAfterTheLastWasUsedUpOrCleared_MatchesAgain()
    {
        // Arrange
        var sut = CreateSut();
        sut.Add(new FaultRule("/3.0", 503, 1));
        sut.TryConsume("/3.0/ping", out _);
        var afterUsedUp = sut.TryConsume("/3.0/ping", out _);
        sut.Add(new FaultRule("/3.0", 500, 1));
        sut.Clear();
        var afterClear = sut.TryConsume("/3.0/ping", out _);
        sut.Add(new FaultRule("/3.0", 502, 1));

        // Act
        var matched = sut.TryConsume("/3.0/ping", out var rule);

        // Assert
        Assert.False(afterUsedUp);
        Assert.False(afterClear);
        Assert.True(matched);
        Assert.Equal(502, rule!.StatusCode);
    }
}
