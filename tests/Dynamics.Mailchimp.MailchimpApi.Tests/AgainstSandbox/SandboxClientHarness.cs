using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.DependencyInjection;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.AgainstSandbox;

/// <summary>A running Mailchimp sandbox and a client wired to it over real loopback HTTP, disposed together.</summary>
public sealed class SandboxClientHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private SandboxClientHarness(MailchimpSandbox sandbox, ServiceProvider provider)
    {
        Sandbox = sandbox;
        this.provider = provider;
        Client = provider.GetRequiredService<IMailchimpClient>();
    }

    public MailchimpSandbox Sandbox { get; }

    public IMailchimpClient Client { get; }

    public static string ListId => MailchimpSandboxDefaults.AudienceId;

    /// <summary>How many of the client's calls wait for one of the account's <paramref name="cap"/> connections.</summary>
    public long QueuedCalls(int cap) => Fakes.ConnectionCapProbe.Queued(provider, Sandbox.ApiKey, cap);

    public static async Task<SandboxClientHarness> StartAsync(
        Action<MailchimpSandboxOptions>? configureSandbox = null,
        Action<MailchimpClientOptions>? configureClient = null)
    {
        var sandboxOptions = new MailchimpSandboxOptions();
        configureSandbox?.Invoke(sandboxOptions);
        var sandbox = await MailchimpSandbox.StartAsync(sandboxOptions, CancellationToken.None);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddMailchimpClient(options =>
        {
            options.ApiKey = sandbox.ApiKey;
            options.BaseAddress = sandbox.BaseAddress;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            options.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
            options.Timeout = TimeSpan.FromSeconds(30);
            configureClient?.Invoke(options);
        });
        return new SandboxClientHarness(sandbox, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
