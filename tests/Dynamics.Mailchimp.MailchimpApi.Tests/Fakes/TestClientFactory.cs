using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

/// <summary>Builds the real DI registration with a <see cref="RecordingHandler"/> as the network and a FakeLogger at Trace.</summary>
public static class TestClientFactory
{
    public const string ApiKey = "0123456789abcdef0123456789abcdef-us19";

    public static ServiceProvider CreateProvider(
        RecordingHandler handler,
        Action<MailchimpClientOptions>? configure = null,
        TimeProvider? timeProvider = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddMailchimpClient(options =>
            {
                options.ApiKey = ApiKey;
                options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
                options.MaxRetryDelay = TimeSpan.FromMilliseconds(5);
                configure?.Invoke(options);
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }

    public static IMailchimpClient CreateClient(ServiceProvider provider) => provider.GetRequiredService<IMailchimpClient>();

    public static FakeLogCollector Logs(ServiceProvider provider) => provider.GetFakeLogCollector();
}
