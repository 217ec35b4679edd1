using Dynamics.Mailchimp.Dataverse.Authentication;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Tests.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>
/// The client secret, certificate password and static token are write-only outside the assembly, so reflection-based
/// destructuring (<c>{@Options}</c>) never reads them (issue #8, hardening; the same rule as the Mailchimp client's options).
/// That configuration binding still sets them is tested in <see cref="DataverseClientOptionsTests"/>.
/// </summary>
public sealed class SecretLeakTests
{
    private static readonly string[] Secrets = ["hunter2-secret", "pfx-password", "static-token", "credential-token"];

    private static DataverseClientOptions CreateSut() => new()
    {
        EnvironmentUrl = new Uri("https://contoso.crm.dynamics.com"),
        AuthType = DataverseAuthType.ClientSecret,
        TenantId = "tenant-1",
        ClientId = "client-1",
        ClientSecret = "hunter2-secret",
        CertificatePassword = "pfx-password",
        StaticToken = "static-token",
        Credential = new StaticTokenCredential("credential-token"),
    };

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
    public void PublicPropertyGraph_AsDestructuringLoggersReadIt_HoldsNoSecret()
    {
        // Arrange
        // Act
        var values = PublicPropertyGraph.Values(CreateSut());

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
        logger.LogInformation("Dataverse settings {@Options}", CreateSut());
#pragma warning restore CA1848, CA2254

        // Assert
        var record = Assert.Single(logger.Collector.GetSnapshot());
        AssertNoSecret(record.Message);
        Assert.All(record.StructuredState!, pair => AssertNoSecret(pair.Value));
    }

    private static void AssertNoSecret(string? text) =>
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, text ?? string.Empty, StringComparison.Ordinal));
}
