using Dynamics.Mailchimp.Dataverse.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

/// <summary>The real DI pipeline (options, resilience, token handler, client) over a <see cref="RecordingHandler"/>, logging to a FakeLogger at every level.</summary>
public sealed class ClientHost : IDisposable
{
    public const string EnvironmentUrl = "https://contoso.crm.dynamics.com";
    public const string ServiceRoot = EnvironmentUrl + "/api/data/v9.2/";
    public const string Token = "static-token-Zx81-do-not-leak";

    private readonly ServiceProvider _provider;

    private ClientHost(ServiceProvider provider, RecordingHandler handler, FakeTimeProvider? time)
    {
        _provider = provider;
        Handler = handler;
        Time = time;
    }

    public RecordingHandler Handler { get; }

    public FakeTimeProvider? Time { get; }

    public IDataverseClient Client => _provider.GetRequiredService<IDataverseClient>();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    public DataverseClientOptions Options => _provider.GetRequiredService<IOptions<DataverseClientOptions>>().Value;

    public static ClientHost Create(Action<DataverseClientOptions>? configure = null, bool fakeTime = false)
    {
        var time = fakeTime ? new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) : null;
        var handler = new RecordingHandler(time);
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        if (time is not null)
        {
            services.AddSingleton<TimeProvider>(time);
        }

        services.AddDataverseClient(options =>
        {
            options.EnvironmentUrl = new Uri(EnvironmentUrl);
            options.AuthType = DataverseAuthType.StaticToken;
            options.StaticToken = Token;
            options.MaxRetryAttempts = 2;
            options.RetryBaseDelay = TimeSpan.Zero;
            configure?.Invoke(options);
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        return new ClientHost(services.BuildServiceProvider(), handler, time);
    }

    public string AllLogText() => string.Join(
        "\n",
        Logs.GetSnapshot().Select(r => $"{r.Level} {r.Category} {r.Message} {r.Exception} " +
            string.Join(";", r.StructuredState?.Select(p => p.Key + "=" + p.Value) ?? [])));

    public void Dispose() => _provider.Dispose();
}
