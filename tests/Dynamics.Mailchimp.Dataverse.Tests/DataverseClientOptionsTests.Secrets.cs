using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Authentication;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Tests.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>
/// DataverseClientOptionsTests: secrets never leave through serialization, ToString, structured logging (including
/// reflection-based <c>{@Options}</c> destructuring: the secrets are write-only outside the assembly) or errors.
/// </summary>
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

    [Theory]
    [InlineData(nameof(DataverseClientOptions.ClientSecret))]
    [InlineData(nameof(DataverseClientOptions.CertificatePassword))]
    [InlineData(nameof(DataverseClientOptions.StaticToken))]
    public void SecretProperty_Getter_IsNotPublic(string name)
    {
        // Arrange
        var property = typeof(DataverseClientOptions).GetProperty(name)!;

        // Act
        var getter = property.GetGetMethod();

        // Assert
        Assert.Null(getter);
        Assert.NotNull(property.GetSetMethod());
    }

    [Fact]
    // Issue #8 hardening: reflection-based destructuring ({@Options}) reads public getters only, and the secrets have none.
    public void PublicPropertyGraph_AsDestructuringLoggersReadIt_HoldsNoSecret()
    {
        // Arrange
        // Act
        var values = PublicPropertyGraph.Values(CreateSecretSut());

        // Assert
        Assert.Contains("client-1", values);
        Assert.All(values, AssertNoSecret);
    }

    [Fact]
    public void Log_DestructuredPlaceholder_WritesNoSecret()
    {
        // Arrange
        var logger = new FakeLogger();

        // Act
#pragma warning disable CA1848, CA2254 // A plain structured-logging call, as an application would write it.
        logger.LogInformation("Dataverse settings {@Options}", CreateSecretSut());
#pragma warning restore CA1848, CA2254

        // Assert
        var record = Assert.Single(logger.Collector.GetSnapshot());
        AssertNoSecret(record.Message);
        Assert.All(record.StructuredState!, pair => AssertNoSecret(pair.Value));
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

    private static void AssertNoSecret(string? text) =>
        Assert.All(Secrets.Append("credential-token"), secret => Assert.DoesNotContain(secret, text ?? string.Empty, StringComparison.Ordinal));
}
