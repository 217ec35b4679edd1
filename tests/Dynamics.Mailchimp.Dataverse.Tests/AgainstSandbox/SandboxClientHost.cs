using Dynamics.Mailchimp.Dataverse.Configuration;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// A running <see cref="DataverseSandbox"/> (seeded) and the real <see cref="IDataverseClient"/> built through
/// <c>AddDataverseClient</c>, pointed at the sandbox over loopback HTTP with the connector's static token, logging to a FakeLogger.
/// No handler is replaced: every request goes through the real pipeline (resilience, token handler, sockets).
/// </summary>
public sealed class SandboxClientHost : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    private SandboxClientHost(DataverseSandbox sandbox, SeedResult seed)
    {
        Sandbox = sandbox;
        Seed = seed;
    }

    public DataverseSandbox Sandbox { get; }

    public SeedResult Seed { get; }

    /// <summary>The first client built by <see cref="StartAsync"/>.</summary>
    public IDataverseClient Client { get; private set; } = null!;

    /// <summary>Logs of the first client's service provider.</summary>
    public FakeLogCollector Logs { get; private set; } = null!;

    /// <summary>Environment URL of the sandbox (scheme and authority); the client appends <c>/api/data/v9.2/</c>.</summary>
    public Uri EnvironmentUrl => new(Sandbox.BaseAddress.GetLeftPart(UriPartial.Authority));

    /// <param name="sandboxOptions">The sandbox's options; null: the defaults, the connector token holding <see cref="ClientTestRoles.AllTables"/> (pass it in your own options too).</param>
    /// <param name="configure">Changes the client's options.</param>
    /// <param name="clientTime">The client's clock (retry waits, timeouts); share the sandbox's fake clock to pace both.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<SandboxClientHost> StartAsync(
        DataverseSandboxOptions? sandboxOptions = null, Action<DataverseClientOptions>? configure = null, TimeProvider? clientTime = null, CancellationToken cancellationToken = default)
    {
        var sandbox = await DataverseSandbox.StartAsync(sandboxOptions ?? new DataverseSandboxOptions { ConnectorRoles = [ClientTestRoles.AllTables] }, cancellationToken);
        var host = new SandboxClientHost(sandbox, SandboxSeed.Apply(sandbox));
        (host.Client, host.Logs) = host.CreateClient(configure, clientTime);
        return host;
    }

    /// <summary>Builds another client (own DI container) against the same sandbox; the connector token unless <paramref name="configure"/> changes it.</summary>
    public (IDataverseClient Client, FakeLogCollector Logs) CreateClient(Action<DataverseClientOptions>? configure = null, TimeProvider? clientTime = null)
    {
        var services = new ServiceCollection();
        if (clientTime is not null)
        {
            services.AddSingleton(clientTime);
        }

        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddDataverseClient(options =>
        {
            options.EnvironmentUrl = EnvironmentUrl;
            options.AuthType = DataverseAuthType.StaticToken;
            options.StaticToken = Sandbox.Tokens.ConnectorToken;
            options.MaxRetryAttempts = 2;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(options);
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _providers.Add(provider);
        return (provider.GetRequiredService<IDataverseClient>(), provider.GetFakeLogCollector());
    }

    /// <summary>Every log record of <paramref name="logs"/> as text: message, exception and each structured state value.</summary>
    public static string AllLogText(FakeLogCollector logs) => string.Join(
        "\n",
        logs.GetSnapshot().Select(r => $"{r.Level} {r.Category} {r.Message} {r.Exception} " +
            string.Join(";", r.StructuredState?.Select(p => p.Key + "=" + p.Value) ?? [])));

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
    }
}
