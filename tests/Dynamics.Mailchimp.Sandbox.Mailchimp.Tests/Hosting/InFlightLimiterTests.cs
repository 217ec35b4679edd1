using Dynamics.Mailchimp.Sandbox.Hosting.Concurrency;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Hosting;

public sealed class InFlightLimiterTests
{
    private static InFlightLimiter CreateSut(int limit = 2) => new(limit);

    [Fact]
    public void TryEnter_AboveLimitForSameKey_Refuses()
    {
        // Arrange
        var sut = CreateSut();
        sut.TryEnter("k", out var first);
        sut.TryEnter("k", out var second);

        // Act
        var third = sut.TryEnter("k", out _);
        var otherKey = sut.TryEnter("other", out var other);

        // Assert
        Assert.False(third);
        Assert.True(otherKey);
        first!.Dispose();
        second!.Dispose();
        other!.Dispose();
    }

    [Fact]
    public void Dispose_Lease_FreesSlotOnce()
    {
        // Arrange
        var sut = CreateSut(limit: 1);
        sut.TryEnter("k", out var lease);

        // Act
        lease!.Dispose();
        lease.Dispose();

        // Assert
        Assert.Equal(0, sut.InFlight("k"));
        Assert.True(sut.TryEnter("k", out _));
    }
}
