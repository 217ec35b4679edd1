using System.Globalization;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sync.Tests.Claim;

/// <summary>
/// A seeded Dataverse sandbox on a fake clock (the sandbox's and the organization's: <c>modifiedon</c> follows it), the
/// job's real <see cref="IDataverseClient"/> (the connector token, so the "Mailchimp Sync Service" role; default write tag,
/// 1,000 operations per <c>$batch</c>), and a CRM user's client (the admin token) without the tag, whose writes the plug-ins queue.
/// </summary>
public sealed class DataverseJobHost : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    private DataverseJobHost(DataverseSandbox sandbox, FakeTimeProvider clock)
    {
        Sandbox = sandbox;
        Clock = clock;
        Seed = SandboxSeed.Apply(sandbox);
        Job = CreateClient(writeTag: null);
        Crm = CreateClient(writeTag: string.Empty, sandbox.Tokens.AdminToken);
    }

    public DataverseSandbox Sandbox { get; }

    /// <summary>The clock of the sandbox, the organization and the job.</summary>
    public FakeTimeProvider Clock { get; }

    public SeedResult Seed { get; }

    /// <summary>The job's client: writes tagged <c>dmc-sync</c>, <c>$batch</c> of up to 1,000 operations.</summary>
    public IDataverseClient Job { get; }

    /// <summary>A CRM user's client: untagged writes, so the plug-ins queue them.</summary>
    public IDataverseClient Crm { get; }

    /// <summary>Requests the sandbox answered since the last <see cref="DataverseSandbox.ClearRequests"/>.</summary>
    public int Calls => Sandbox.Requests.Count;

    /// <param name="journeysConsent">Whether the org has Customer Insights – Journeys' consent tables (and the connector the privileges on them).</param>
    public static async Task<DataverseJobHost> StartAsync(bool journeysConsent = false)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-01T08:00:00Z", CultureInfo.InvariantCulture));
        var organization = new InMemoryOrganization(new InMemoryOrganizationOptions { Clock = clock, JourneysConsent = journeysConsent });
        var sandbox = await DataverseSandbox.StartAsync(new DataverseSandboxOptions { Clock = clock, Organization = organization, JourneysConsent = journeysConsent }, CancellationToken.None);
        return new DataverseJobHost(sandbox, clock);
    }

    /// <summary>Queue rows in the organization, read directly (no request recorded).</summary>
    public int QueueRowCount => Sandbox.Organization.Count(TableNames.QueueItem);

    public IDataverseClient CreateClient(string? writeTag, string? token = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataverseClient(options =>
        {
            options.EnvironmentUrl = new Uri(Sandbox.BaseAddress.GetLeftPart(UriPartial.Authority));
            options.AuthType = DataverseAuthType.StaticToken;
            options.StaticToken = token ?? Sandbox.Tokens.ConnectorToken;
            options.MaxBatchOperations = 1000;
            options.MaxRetryAttempts = 1;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            if (writeTag is not null)
            {
                options.WriteTag = writeTag;
            }
        });
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IDataverseClient>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
    }
}
