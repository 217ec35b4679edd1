using System.Collections;
using System.Reflection;
using Dynamics.Mailchimp.Dataverse.Authentication;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>
/// The client secret, certificate password and static token are write-only outside the assembly, so reflection-based
/// destructuring (<c>{@Options}</c>) never reads them (issue #8, hardening; the same rule as the Mailchimp client's options).
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
        var values = new List<string>();

        // Act
        Destructure(CreateSut(), values, depth: 0);

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

    [Fact]
    public void AddDataverseClient_ConfigurationSection_StillBindsTheWriteOnlySecrets()
    {
        // Arrange
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dataverse:EnvironmentUrl"] = "https://contoso.crm.dynamics.com",
            ["Dataverse:AuthType"] = "ClientSecret",
            ["Dataverse:TenantId"] = "tenant-1",
            ["Dataverse:ClientId"] = "client-1",
            ["Dataverse:ClientSecret"] = "hunter2-secret",
            ["Dataverse:CertificatePassword"] = "pfx-password",
            ["Dataverse:StaticToken"] = "static-token",
        }).Build().GetSection(DataverseConstants.ConfigurationSection);
        var services = new ServiceCollection();
        services.AddDataverseClient(section);
        using var provider = services.BuildServiceProvider();

        // Act
        var options = provider.GetRequiredService<IOptions<DataverseClientOptions>>().Value;

        // Assert
        Assert.Equal("hunter2-secret", options.ClientSecret);
        Assert.Equal("pfx-password", options.CertificatePassword);
        Assert.Equal("static-token", options.StaticToken);
    }

    private static void AssertNoSecret(string? text) =>
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, text ?? string.Empty, StringComparison.Ordinal));

    /// <summary>Reads every public property recursively, as reflection-based destructuring (e.g. Serilog's <c>@</c>) does.</summary>
    private static void Destructure(object? value, List<string> values, int depth)
    {
        if (value is null || depth > 4)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string or Uri or TimeSpan or decimal or DateTimeOffset)
        {
            values.Add(value.ToString() ?? string.Empty);
            return;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                Destructure(item, values, depth + 1);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetGetMethod() is not null && p.GetIndexParameters().Length == 0))
        {
            Destructure(property.GetValue(value), values, depth + 1);
        }
    }
}
