using Dynamics.Mailchimp.Sync.Webhooks;

namespace Dynamics.Mailchimp.Sync.Tests.Webhooks;

public sealed class WebhookSecretsTests
{
    private const string Key = "key-0123456789abcdef-0123456789abcdef";

    [Fact]
    public void For_SameInputs_SameUrlSafeSecret_DifferentPerAudienceAndKey()
    {
        // Act
        var first = WebhookSecrets.For(Key, "a1b2c3d4e5");
        var again = WebhookSecrets.For(Key, "a1b2c3d4e5");
        var otherAudience = WebhookSecrets.For(Key, "f6e7d8c9b0");
        var otherKey = WebhookSecrets.For(Key + "x", "a1b2c3d4e5");

        // Assert
        Assert.Equal(first, again);
        Assert.Equal(43, first.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", first);
        Assert.NotEqual(first, otherAudience);
        Assert.NotEqual(first, otherKey);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    public void Matches_WrongOrMissingSecret_IsFalse(string? candidate)
    {
        // Act / Assert
        Assert.False(WebhookSecrets.Matches(Key, "a1b2c3d4e5", candidate));
    }

    [Fact]
    public void Matches_TheAudiencesSecret_IsTrue_AnotherAudiencesIsFalse()
    {
        // Arrange
        var secret = WebhookSecrets.For(Key, "a1b2c3d4e5");

        // Act / Assert
        Assert.True(WebhookSecrets.Matches(Key, "a1b2c3d4e5", secret));
        Assert.False(WebhookSecrets.Matches(Key, "f6e7d8c9b0", secret));
    }
}
