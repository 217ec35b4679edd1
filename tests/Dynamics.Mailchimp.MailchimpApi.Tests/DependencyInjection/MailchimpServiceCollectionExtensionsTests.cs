using System.Net;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.DependencyInjection;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.DependencyInjection;

public sealed class MailchimpServiceCollectionExtensionsTests : IDisposable
{
    private const string SecretKey = "5ec7e7ab1e5ec7e7ab1e5ec7e7ab1e00-us21";
    private readonly List<ServiceProvider> providers = [];

    public void Dispose()
    {
        foreach (var provider in providers)
        {
            provider.Dispose();
        }
    }

    private ServiceProvider CreateSut(RecordingHandler handler, IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddMailchimpClient(configuration.GetSection(MailchimpClientOptions.SectionName))
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        var provider = services.BuildServiceProvider();
        providers.Add(provider);
        return provider;
    }

    [Fact]
    public async Task AddMailchimpClient_ConfigurationSection_BindsOptionsAndTargetsOverride()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"health_status":"ok"}"""));
        var provider = CreateSut(handler, new Dictionary<string, string?>
        {
            ["Mailchimp:ApiKey"] = SecretKey,
            ["Mailchimp:BaseAddress"] = "http://127.0.0.1:5123/3.0/",
            ["Mailchimp:MaxConcurrentRequests"] = "4",
            ["Mailchimp:Timeout"] = "00:00:30",
        });

        // Act
        var options = provider.GetRequiredService<IOptions<MailchimpClientOptions>>().Value;
        await provider.GetRequiredService<IMailchimpClient>().PingAsync(CancellationToken.None);

        // Assert
        Assert.Equal(4, options.MaxConcurrentRequests);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(new Uri("http://127.0.0.1:5123/3.0/ping"), Assert.Single(handler.Requests).Uri);
    }

    [Fact]
    public void AddMailchimpClient_MalformedKey_FailsStartupValidationWithoutTheKey()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.NoContent());
        var provider = CreateSut(handler, new Dictionary<string, string?> { ["Mailchimp:ApiKey"] = "5ec7e7ab1e5ec7e7ab1e-nodc!" });
        var validator = provider.GetRequiredService<IStartupValidator>();

        // Act
        var exception = Assert.Throws<OptionsValidationException>(validator.Validate);

        // Assert
        Assert.Contains("<key>-<dc>", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("5ec7e7ab1e", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddMailchimpClient_ConcurrencyAboveTen_FailsStartupValidation()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.NoContent());
        var provider = CreateSut(handler, new Dictionary<string, string?>
        {
            ["Mailchimp:ApiKey"] = SecretKey,
            ["Mailchimp:MaxConcurrentRequests"] = "25",
        });
        var validator = provider.GetRequiredService<IStartupValidator>();

        // Act
        var exception = Assert.Throws<OptionsValidationException>(validator.Validate);

        // Assert
        Assert.Contains(nameof(MailchimpClientOptions.MaxConcurrentRequests), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMailchimpClient_LogsExceptionsAndToString_NeverContainTheKey()
    {
        // Arrange
        var basicHeader = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("anystring:" + SecretKey));
        var handler = new RecordingHandler((request, index) => request.Path switch
        {
            "ping" when index == 0 => Responses.Bare(HttpStatusCode.TooManyRequests, TimeSpan.Zero),
            "ping" => Responses.Json("""{"health_status":"ok"}"""),
            _ => Responses.Problem(HttpStatusCode.Unauthorized, "API Key Invalid", "Your API key may be invalid, or you've attempted to access the wrong datacenter."),
        });
        var provider = CreateSut(handler, new Dictionary<string, string?>
        {
            ["Mailchimp:ApiKey"] = SecretKey,
            ["Mailchimp:RetryBaseDelay"] = "00:00:00.001",
        });
        var sut = provider.GetRequiredService<IMailchimpClient>();

        // Act
        await sut.PingAsync(CancellationToken.None);
        var exception = await Assert.ThrowsAsync<MailchimpApiException>(
            () => sut.UpsertMemberAsync("L1", new MemberUpsert { EmailAddress = "a@brightfield-labs.com" }, CancellationToken.None));
        var options = provider.GetRequiredService<IOptions<MailchimpClientOptions>>().Value;
        var records = provider.GetFakeLogCollector().GetSnapshot();
        var recorded = records.SelectMany(record => new[]
        {
            record.Message,
            record.Exception?.ToString() ?? string.Empty,
            string.Join(';', record.StructuredState?.Select(pair => pair.Value) ?? []),
        });

        // Assert
        Assert.Equal(basicHeader, handler.Requests[0].Authorization!["Basic ".Length..]);
        Assert.Contains(records, record => record.Level == LogLevel.Trace);
        Assert.Contains(records, record => record.Message.Contains("/3.0/ping", StringComparison.Ordinal));
        string[] secrets = [SecretKey, "5ec7e7ab1e5ec7e7ab1e", basicHeader];
        foreach (var secret in secrets)
        {
            Assert.All(recorded, text => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, exception.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, options.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, options.CreateCredentials().ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AddMailchimpClient_AccessTokenFailures_NeverLogTheToken()
    {
        // Arrange
        const string token = "0a1b2c3d4e5f-oauth-token-secret";
        var handler = new RecordingHandler((_, index) => index < 2
            ? Responses.Bare(HttpStatusCode.ServiceUnavailable)
            : Responses.Problem(HttpStatusCode.Unauthorized, "API Key Invalid", "Your API key may be invalid."));
        var provider = CreateSut(handler, new Dictionary<string, string?>
        {
            ["Mailchimp:AccessToken"] = token,
            ["Mailchimp:ServerPrefix"] = "us5",
            ["Mailchimp:RetryBaseDelay"] = "00:00:00.001",
        });

        // Act
        var exception = await Assert.ThrowsAsync<MailchimpApiException>(
            () => provider.GetRequiredService<IMailchimpClient>().PingAsync(CancellationToken.None));
        var records = provider.GetFakeLogCollector().GetSnapshot();

        // Assert
        Assert.Equal("Bearer " + token, handler.Requests[0].Authorization);
        Assert.Equal(3, handler.Count);
        Assert.NotEmpty(records);
        Assert.All(records, record =>
        {
            Assert.DoesNotContain(token, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(record.StructuredState ?? [], pair => pair.Value?.Contains(token, StringComparison.Ordinal) == true);
        });
        Assert.DoesNotContain(token, exception.ToString(), StringComparison.Ordinal);
    }
}
