using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.MailchimpApi.Configuration;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Configuration;

public sealed class MailchimpClientOptionsTests
{
    private const string ApiKey = "0123456789abcdef0123456789abcdef-us19";

    private static MailchimpClientOptions CreateSut() => new() { ApiKey = ApiKey };

    private static List<ValidationResult> Validate(MailchimpClientOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Validate_Defaults_PassWithDocumentedValues()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var results = Validate(sut);

        // Assert
        Assert.Empty(results);
        Assert.Equal(TimeSpan.FromSeconds(120), sut.Timeout);
        Assert.Equal(10, sut.MaxConcurrentRequests);
        Assert.Equal(500, sut.BatchSize);
        Assert.Equal(1000, sut.PageSize);
    }

    [Fact]
    public void Validate_NoCredentials_Fails()
    {
        // Arrange
        var sut = CreateSut();
        sut.ApiKey = null;

        // Act
        var results = Validate(sut);

        // Assert
        Assert.Contains(results, result => result.MemberNames.Contains(nameof(MailchimpClientOptions.ApiKey)));
    }

    [Fact]
    public void Validate_MalformedKey_FailsWithoutEchoingTheKey()
    {
        // Arrange
        var sut = CreateSut();
        sut.ApiKey = "s3cr3tvalue-nodatacentre!";

        // Act
        var results = Validate(sut);

        // Assert
        var result = Assert.Single(results);
        Assert.DoesNotContain("s3cr3tvalue", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Validate_ConcurrencyOutsideOneToTen_Fails(int limit)
    {
        // Arrange
        var sut = CreateSut();
        sut.MaxConcurrentRequests = limit;

        // Act
        var results = Validate(sut);

        // Assert
        Assert.Contains(results, result => result.MemberNames.Contains(nameof(MailchimpClientOptions.MaxConcurrentRequests)));
    }

    [Fact]
    public void Validate_BatchSizeAbove500_Fails()
    {
        // Arrange
        var sut = CreateSut();
        sut.BatchSize = 501;

        // Act
        var results = Validate(sut);

        // Assert
        Assert.Contains(results, result => result.MemberNames.Contains(nameof(MailchimpClientOptions.BatchSize)));
    }

    [Fact]
    public void Validate_AccessTokenWithPrefix_Passes()
    {
        // Arrange
        var sut = new MailchimpClientOptions { AccessToken = "oauth-token-value", ServerPrefix = "us3" };

        // Act
        var results = Validate(sut);

        // Assert
        Assert.Empty(results);
        Assert.Equal(MailchimpAuthenticationScheme.OAuthAccessToken, sut.CreateCredentials().Scheme);
    }

    [Fact]
    public void ResolveBaseAddress_OverrideWithoutSlash_AddsSlash()
    {
        // Arrange
        var sut = CreateSut();
        sut.BaseAddress = new Uri("http://127.0.0.1:5123/3.0");

        // Act
        var address = sut.ResolveBaseAddress();

        // Assert
        Assert.Equal("http://127.0.0.1:5123/3.0/", address.ToString());
    }

    [Fact]
    public void ToString_WithKeyAndToken_RedactsBoth()
    {
        // Arrange
        var sut = CreateSut();
        sut.AccessToken = "oauth-token-value";

        // Act
        var text = sut.ToString();

        // Assert
        Assert.DoesNotContain("0123456789abcdef", text, StringComparison.Ordinal);
        Assert.DoesNotContain("oauth-token-value", text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }
}
