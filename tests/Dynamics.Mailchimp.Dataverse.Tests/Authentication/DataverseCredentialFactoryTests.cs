using Azure.Identity;
using Dynamics.Mailchimp.Dataverse.Authentication;
using Dynamics.Mailchimp.Dataverse.Configuration;

namespace Dynamics.Mailchimp.Dataverse.Tests.Authentication;

public sealed class DataverseCredentialFactoryTests
{
    private static DataverseClientOptions CreateSut(DataverseAuthType authType) => new()
    {
        EnvironmentUrl = new Uri("https://contoso.crm.dynamics.com"),
        AuthType = authType,
        TenantId = "11111111-2222-3333-4444-555555555555",
        ClientId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        ClientSecret = "s3cret",
        StaticToken = "tok",
    };

    [Theory]
    [InlineData(DataverseAuthType.ClientSecret, typeof(ClientSecretCredential))]
    [InlineData(DataverseAuthType.ManagedIdentity, typeof(ManagedIdentityCredential))]
    [InlineData(DataverseAuthType.Default, typeof(DefaultAzureCredential))]
    [InlineData(DataverseAuthType.StaticToken, typeof(StaticTokenCredential))]
    public void Create_AuthType_ReturnsMatchingAzureIdentityCredential(DataverseAuthType authType, Type expected)
    {
        // Act
        var credential = DataverseCredentialFactory.Create(CreateSut(authType));

        // Assert
        Assert.IsType(expected, credential);
    }

    [Fact]
    public void Create_CertificateFileMissing_ThrowsNamingPath()
    {
        // Arrange
        var options = CreateSut(DataverseAuthType.Certificate);
        options.CertificatePath = "/nonexistent/dmc.pfx";
        options.CertificatePassword = "pfx-pass";

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => DataverseCredentialFactory.Create(options));

        // Assert
        Assert.Contains("/nonexistent/dmc.pfx", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pfx-pass", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticTokenCredential_ToString_DoesNotShowToken()
    {
        // Arrange
        var credential = new StaticTokenCredential("abc-token");

        // Act
        var token = await credential.GetTokenAsync(new Azure.Core.TokenRequestContext(["x/.default"]), CancellationToken.None);

        // Assert
        Assert.Equal("abc-token", token.Token);
        Assert.DoesNotContain("abc-token", credential.ToString(), StringComparison.Ordinal);
    }
}
