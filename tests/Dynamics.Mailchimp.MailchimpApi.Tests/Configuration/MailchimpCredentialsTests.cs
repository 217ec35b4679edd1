using Dynamics.Mailchimp.MailchimpApi.Configuration;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Configuration;

public sealed class MailchimpCredentialsTests
{
    private const string ApiKey = "0123456789abcdef0123456789abcdef-us19";

    [Fact(DisplayName = "FromApiKey_WellFormedKey_TakesDataCentreFromSuffix (mailchimp.com/developer/marketing/docs/fundamentals/)")]
    public void FromApiKey_WellFormedKey_TakesDataCentreFromSuffix()
    {
        // Arrange
        var key = ApiKey;

        // Act
        var credentials = MailchimpCredentials.FromApiKey(key);

        // Assert
        Assert.Equal("us19", credentials.DataCenter);
        Assert.Equal(new Uri("https://us19.api.mailchimp.com/3.0/"), credentials.DefaultBaseAddress);
        Assert.Equal(MailchimpAuthenticationScheme.ApiKey, credentials.Scheme);
    }

    [Fact]
    public void CreateAuthorizationHeader_ApiKey_IsBasicWithKeyAsPassword()
    {
        // Arrange
        var credentials = MailchimpCredentials.FromApiKey(ApiKey);

        // Act
        var header = credentials.CreateAuthorizationHeader();

        // Assert
        Assert.Equal("Basic", header.Scheme);
        var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter!));
        Assert.EndsWith(":" + ApiKey, decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateAuthorizationHeader_AccessToken_IsBearer()
    {
        // Arrange
        var credentials = MailchimpCredentials.FromAccessToken("tok123secret", "us7");

        // Act
        var header = credentials.CreateAuthorizationHeader();

        // Assert
        Assert.Equal("Bearer", header.Scheme);
        Assert.Equal("tok123secret", header.Parameter);
        Assert.Equal(new Uri("https://us7.api.mailchimp.com/3.0/"), credentials.DefaultBaseAddress);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef-")]
    [InlineData("-us19")]
    [InlineData("0123456789abcdef-evil.example/x")]
    [InlineData("01234 56789-us19")]
    [InlineData("")]
    public void FromApiKey_MalformedKey_ThrowsWithoutEchoingTheKey(string key)
    {
        // Arrange
        var act = () => MailchimpCredentials.FromApiKey(key);

        // Act
        var exception = Assert.Throws<MailchimpApiKeyFormatException>(act);

        // Assert
        Assert.Contains("<key>-<dc>", exception.Message, StringComparison.Ordinal);
        if (key.Length > 0)
        {
            Assert.DoesNotContain(key, exception.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FromAccessToken_MalformedPrefix_Throws()
    {
        // Arrange
        var act = () => MailchimpCredentials.FromAccessToken("tok123secret", "evil.example.com/");

        // Act
        var exception = Assert.Throws<MailchimpApiKeyFormatException>(act);

        // Assert
        Assert.DoesNotContain("tok123secret", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ApiKey_RedactsTheSecret()
    {
        // Arrange
        var credentials = MailchimpCredentials.FromApiKey(ApiKey);

        // Act
        var text = credentials.ToString();

        // Assert
        Assert.DoesNotContain("0123456789abcdef", text, StringComparison.Ordinal);
        Assert.Contains("us19", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef", credentials.Fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_SameKey_IsStableAndDiffersBetweenKeys()
    {
        // Arrange
        var first = MailchimpCredentials.FromApiKey(ApiKey);

        // Act
        var again = MailchimpCredentials.FromApiKey(ApiKey);
        var other = MailchimpCredentials.FromApiKey("ffff456789abcdef0123456789abcdef-us19");

        // Assert
        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.NotEqual(first.Fingerprint, other.Fingerprint);
    }
}
