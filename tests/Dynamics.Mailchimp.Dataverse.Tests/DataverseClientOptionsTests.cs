using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.Dataverse.Tests;

public sealed partial class DataverseClientOptionsTests
{
    private static DataverseClientOptions CreateSut() => new()
    {
        EnvironmentUrl = new Uri("https://contoso.crm.dynamics.com"),
        AuthType = DataverseAuthType.ClientSecret,
        TenantId = "tenant-1",
        ClientId = "client-1",
        ClientSecret = "hunter2-secret",
        CertificatePassword = "pfx-password",
        StaticToken = "static-token",
    };

    private static List<ValidationResult> Validate(DataverseClientOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Defaults_AreDocumentedValues()
    {
        // Act
        var options = new DataverseClientOptions();

        // Assert
        Assert.Equal("dmc-sync", options.WriteTag);
        Assert.False(options.BypassCustomPlugins);
        Assert.Equal(8, options.MaxConcurrentRequests);
        Assert.Equal(1000, options.MaxPageSize);
        Assert.Equal("v9.2", options.ApiVersion);
    }

    [Fact]
    public void Validate_CompleteClientSecret_HasNoErrors()
    {
        // Act
        var results = Validate(CreateSut());

        // Assert
        Assert.Empty(results);
    }

    [Theory]
    [InlineData(nameof(DataverseClientOptions.ClientSecret))]
    [InlineData(nameof(DataverseClientOptions.TenantId))]
    [InlineData(nameof(DataverseClientOptions.ClientId))]
    public void Validate_ClientSecretMissingSetting_NamesIt(string property)
    {
        // Arrange
        var options = CreateSut();
        typeof(DataverseClientOptions).GetProperty(property)!.SetValue(options, null);

        // Act
        var results = Validate(options);

        // Assert
        Assert.Contains(results, r => r.MemberNames.Contains(property));
    }

    [Theory]
    [InlineData("http://contoso.crm.dynamics.com", false)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("https://contoso.crm.dynamics.com/?x=1", false)]
    public void Validate_EnvironmentUrl_RequiresHttpsUnlessLoopback(string url, bool valid)
    {
        // Arrange
        var options = CreateSut();
        options.EnvironmentUrl = new Uri(url);

        // Act
        var results = Validate(options);

        // Assert
        Assert.Equal(valid, !results.Any(r => r.MemberNames.Contains(nameof(DataverseClientOptions.EnvironmentUrl))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(53)]
    public void Validate_ConcurrencyOutsideServiceLimit_Fails(int value)
    {
        // Arrange
        var options = CreateSut();
        options.MaxConcurrentRequests = value;

        // Act
        var results = Validate(options);

        // Assert
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(DataverseClientOptions.MaxConcurrentRequests)));
    }

    [Fact]
    public void ToString_RedactsEverySecret()
    {
        // Act
        var text = CreateSut().ToString();

        // Assert
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pfx-password", text, StringComparison.Ordinal);
        Assert.DoesNotContain("static-token", text, StringComparison.Ordinal);
        Assert.Contains("client-1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDataverseClient_InvalidOptions_FailsAtStartWithoutSecret()
    {
        // Arrange
        var services = new ServiceCollection();
        services.AddDataverseClient(o =>
        {
            o.EnvironmentUrl = new Uri("https://contoso.crm.dynamics.com");
            o.AuthType = DataverseAuthType.ClientSecret;
            o.ClientSecret = "hunter2-secret";
        });
        using var provider = services.BuildServiceProvider();

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DataverseClientOptions>>().Value);

        // Assert
        Assert.Contains("TenantId", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDataverseClient_BoundFromConfiguration_ReadsEverySettingIncludingTheWriteOnlySecrets()
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dataverse:EnvironmentUrl"] = "http://localhost:5080",
            ["Dataverse:AuthType"] = "StaticToken",
            ["Dataverse:StaticToken"] = "dev-token",
            ["Dataverse:ClientSecret"] = "hunter2-secret",
            ["Dataverse:CertificatePassword"] = "pfx-password",
            ["Dataverse:MaxConcurrentRequests"] = "4",
            ["Dataverse:RetryBaseDelay"] = "00:00:01",
            ["Dataverse:WriteTag"] = "sandbox",
        }).Build();
        var services = new ServiceCollection();
        services.AddDataverseClient(configuration.GetSection(DataverseConstants.ConfigurationSection));
        using var provider = services.BuildServiceProvider();

        // Act
        var options = provider.GetRequiredService<IOptions<DataverseClientOptions>>().Value;

        // Assert
        Assert.Equal(DataverseAuthType.StaticToken, options.AuthType);
        Assert.Equal(("dev-token", "hunter2-secret", "pfx-password"), (options.StaticToken, options.ClientSecret, options.CertificatePassword));
        Assert.Equal(4, options.MaxConcurrentRequests);
        Assert.Equal(TimeSpan.FromSeconds(1), options.RetryBaseDelay);
        Assert.Equal("sandbox", options.WriteTag);
        Assert.Equal(new Uri("http://localhost:5080/api/data/v9.2/"), options.GetServiceRoot());
        Assert.Equal("http://localhost:5080/.default", options.GetScope());
    }
}
