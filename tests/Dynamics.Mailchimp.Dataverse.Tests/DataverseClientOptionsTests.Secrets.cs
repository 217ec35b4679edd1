using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Authentication;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>DataverseClientOptionsTests: secrets never leave through serialization, ToString, structured logging or errors.</summary>
public sealed partial class DataverseClientOptionsTests
{
    private static readonly string[] Secrets = ["hunter2-secret", "pfx-password", "static-token"];

    private static DataverseClientOptions CreateSecretSut()
    {
        var options = CreateSut();
        options.Credential = new StaticTokenCredential("credential-token");
        return options;
    }

    [Fact]
    public void SystemTextJson_Serialize_LeavesOutEverySecretAndTheCredential()
    {
        // Arrange
        var options = CreateSecretSut();

        // Act
        var json = JsonSerializer.Serialize(options);

        // Assert
        Assert.All(Secrets.Append("credential-token"), secret => Assert.DoesNotContain(secret, json, StringComparison.Ordinal));
        Assert.Contains("client-1", json, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(DataverseClientOptions.Credential), json, StringComparison.Ordinal);
    }

    [Fact]
    public void StructuredLogging_OptionsAsAnArgument_LogsThemRedacted()
    {
        // Arrange
        var collector = new FakeLogCollector();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(new FakeLoggerProvider(collector)));
        var logger = factory.CreateLogger("Startup");

        // Act
        logger.LogInformation("Dataverse client configured with {Options} and secret {ClientSecretLength}", CreateSecretSut(), 14);
        var record = collector.LatestRecord;
        var text = record.Message + " " + string.Join(";", record.StructuredState!.Select(p => p.Key + "=" + p.Value));

        // Assert
        Assert.All(Secrets.Append("credential-token"), secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        Assert.Contains("ClientSecret = ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StaticTokenCredential_ToStringAndJson_NeverShowTheToken()
    {
        // Arrange
        var credential = new StaticTokenCredential("credential-token");

        // Act
        var text = credential.ToString() + JsonSerializer.Serialize(credential);

        // Assert
        Assert.DoesNotContain("credential-token", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=c;ClientSecret=hunter2-secret")]
    [InlineData("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=c;ClientSecret=hunter2;secret;TenantId=t")]
    [InlineData("AuthType=StaticToken;Url=https://contoso.crm.dynamics.com;Token=static-token;Bogus")]
    [InlineData("AuthType=Certificate;Url=https://contoso.crm.dynamics.com;ClientId=c;CertificatePath=/x.pfx;CertificatePassword=pfx-password")]
    public void ConnectionString_Invalid_ErrorNeverEchoesASecret(string connectionString)
    {
        // Act
        var error = Assert.Throws<DataverseConnectionStringException>(() => DataverseConnectionString.Parse(connectionString));
        var text = error.ToString();

        // Assert
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("static-token", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pfx-password", text, StringComparison.Ordinal);
    }
}
