using Dynamics.Mailchimp.Sync.Webhooks;

namespace Dynamics.Mailchimp.Sync.Tests.Webhooks;

public sealed class WebhookPathsTests
{
    [Fact]
    public void For_PublicUrlWithOrWithoutSlash_BuildsOneUrl()
    {
        // Act
        var plain = WebhookPaths.For(new Uri("https://dmc.contoso.com"), "a1b2c3d4e5", "s3cr3t");
        var slashed = WebhookPaths.For(new Uri("https://dmc.contoso.com/base/"), "a1b2c3d4e5", "s3cr3t");

        // Assert
        Assert.Equal("https://dmc.contoso.com/webhooks/mailchimp/a1b2c3d4e5/s3cr3t", plain.AbsoluteUri);
        Assert.Equal("https://dmc.contoso.com/base/webhooks/mailchimp/a1b2c3d4e5/s3cr3t", slashed.AbsoluteUri);
    }

    [Fact]
    public void Redact_UrlOrMessageQuotingOne_HidesOnlyTheSecret()
    {
        // Act
        var url = WebhookPaths.Redact("https://dmc.contoso.com/webhooks/mailchimp/a1b2c3d4e5/s3cr3t");
        var message = WebhookPaths.Redact("The URL 'https://dmc.contoso.com/webhooks/mailchimp/a1b2c3d4e5/s3cr3t' did not answer.");
        var other = WebhookPaths.Redact("https://hooks.example.org/mailchimp");

        // Assert
        Assert.Equal("https://dmc.contoso.com/webhooks/mailchimp/a1b2c3d4e5/***", url);
        Assert.Equal("The URL 'https://dmc.contoso.com/webhooks/mailchimp/a1b2c3d4e5/***' did not answer.", message);
        Assert.Equal("https://hooks.example.org/mailchimp", other);
    }

    [Fact]
    public void WebhookOptions_ToString_NeverPrintsTheSecret()
    {
        // Arrange
        var options = new WebhookOptions { Secret = "super-secret-webhook-key-0123456789", PublicUrl = new Uri("https://dmc.contoso.com") };

        // Act
        var text = options.ToString();

        // Assert
        Assert.DoesNotContain("super-secret", text, StringComparison.Ordinal);
        Assert.Contains("Secret=set", text, StringComparison.Ordinal);
    }
}
