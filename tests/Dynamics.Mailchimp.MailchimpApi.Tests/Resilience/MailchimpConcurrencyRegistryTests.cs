using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Resilience;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Resilience;

public sealed class MailchimpConcurrencyRegistryTests
{
    private static MailchimpConcurrencyRegistry CreateSut() => new();

    [Fact]
    public void GetLimiter_SameAccount_ReturnsSameLimiter()
    {
        // Arrange
        using var sut = CreateSut();
        var key = "0123456789abcdef0123456789abcdef-us19";

        // Act
        var first = sut.GetLimiter(MailchimpCredentials.FromApiKey(key), 10);
        var second = sut.GetLimiter(MailchimpCredentials.FromApiKey(key), 10);

        // Assert
        Assert.Same(first, second);
    }

    [Fact]
    public void GetLimiter_DifferentAccounts_ReturnsDifferentLimiters()
    {
        // Arrange
        using var sut = CreateSut();

        // Act
        var first = sut.GetLimiter(MailchimpCredentials.FromApiKey("aaaa-us1"), 10);
        var second = sut.GetLimiter(MailchimpCredentials.FromApiKey("bbbb-us1"), 10);

        // Assert
        Assert.NotSame(first, second);
    }

    [Fact]
    public void GetLimiter_PermitsAboveTen_Rejected()
    {
        // Arrange
        using var sut = CreateSut();

        // Act
        var act = () => sut.GetLimiter(MailchimpCredentials.FromApiKey("aaaa-us1"), 11);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void GetLimiter_CapOfTwo_GrantsOnlyTwoLeasesAtOnce()
    {
        // Arrange
        using var sut = CreateSut();
        var limiter = sut.GetLimiter(MailchimpCredentials.FromApiKey("aaaa-us1"), 2);

        // Act
        using var first = limiter.AttemptAcquire();
        using var second = limiter.AttemptAcquire();
        using var third = limiter.AttemptAcquire();

        // Assert
        Assert.True(first.IsAcquired);
        Assert.True(second.IsAcquired);
        Assert.False(third.IsAcquired);
    }
}
