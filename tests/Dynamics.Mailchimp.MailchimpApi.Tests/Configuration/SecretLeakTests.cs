using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Configuration;

/// <summary>The API key and OAuth token never leave the option types through serialization, ToString or structured logging (issue #8, hardening).</summary>
public sealed class SecretLeakTests
{
    private const string ApiKey = "5f1c0de5ecre7a11ce5f1c0de5ecre7a-us21";
    private const string KeyPart = "5f1c0de5ecre7a11ce5f1c0de5ecre7a";
    private const string Token = "oauthTokenValue9d8c7b6a";

    public static TheoryData<object> SecretHolders() => new()
    {
        new MailchimpClientOptions { ApiKey = ApiKey },
        new MailchimpClientOptions { AccessToken = Token, ServerPrefix = "us21" },
        MailchimpCredentials.FromApiKey(ApiKey),
        MailchimpCredentials.FromAccessToken(Token, "us21"),
    };

    [Theory]
    [MemberData(nameof(SecretHolders))]
    public void Serialize_SystemTextJson_OmitsTheSecret(object holder)
    {
        // Arrange
        // Act
        var json = JsonSerializer.Serialize(holder, holder.GetType());

        // Assert
        AssertNoSecret(json);
    }

    [Theory]
    [MemberData(nameof(SecretHolders))]
    public void ToString_Always_RedactsTheSecret(object holder)
    {
        // Arrange
        // Act
        var text = holder.ToString();

        // Assert
        AssertNoSecret(text);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SecretHolders))]
    public void PublicPropertyGraph_AsDestructuringLoggersReadIt_HoldsNoSecret(object holder)
    {
        // Arrange
        // Act
        var values = PublicPropertyGraph.Values(holder);

        // Assert
        Assert.NotEmpty(values);
        Assert.All(values, AssertNoSecret);
    }

    [Theory]
    [MemberData(nameof(SecretHolders))]
    public void Log_DestructuredPlaceholder_WritesNoSecret(object holder)
    {
        // Arrange
        var logger = new FakeLogger();

        // Act
#pragma warning disable CA1848, CA2254 // A plain structured-logging call, as an application would write it.
        logger.LogInformation("Mailchimp settings {@Options}", holder);
#pragma warning restore CA1848, CA2254

        // Assert
        var record = Assert.Single(logger.Collector.GetSnapshot());
        AssertNoSecret(record.Message);
        Assert.All(record.StructuredState!, pair => AssertNoSecret(pair.Value));
    }

    [Fact]
    public void AddMailchimpClient_ConfigurationSection_StillBindsTheWriteOnlyKey()
    {
        // Arrange
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mailchimp:ApiKey"] = ApiKey })
            .Build()
            .GetSection(MailchimpClientOptions.SectionName);
        var services = new ServiceCollection();
        services.AddMailchimpClient(section);

        // Act
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<MailchimpClientOptions>>().Value;

        // Assert
        Assert.Equal("us21", options.CreateCredentials().DataCenter);
        Assert.Null(typeof(MailchimpClientOptions).GetProperty(nameof(MailchimpClientOptions.ApiKey))!.GetGetMethod());
    }

    private static void AssertNoSecret(string? text)
    {
        Assert.DoesNotContain(KeyPart, text ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text ?? string.Empty, StringComparison.Ordinal);
    }
}
