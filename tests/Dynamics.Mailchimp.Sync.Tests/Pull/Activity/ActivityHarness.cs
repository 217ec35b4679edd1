using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.DependencyInjection;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Tests.Claim;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Activity;

/// <summary>
/// Both sandboxes on one fake clock (the seeded Dataverse org of <see cref="DataverseJobHost"/>, and Mailchimp with the
/// seeded addresses as subscribed members), the production clients over loopback HTTP, and the puller.
/// </summary>
internal sealed class ActivityHarness : IAsyncDisposable
{
    public const string Yvonne = "yvonne.mckay@contoso-coffee.com";
    public const string Susanna = "susanna.stubberod@contoso-coffee.com";
    public const string Nancy = "nancy.anderson@contoso-coffee.com";
    public const string Rene = "rene.valdes@fabrikam-ventures.com";
    public const string Stranger = "walter.harp@northwind-traders.com";

    private readonly ServiceProvider _provider;

    private ActivityHarness(DataverseJobHost dataverse, MailchimpSandbox mailchimp, ServiceProvider provider)
    {
        Dataverse = dataverse;
        Mailchimp = mailchimp;
        _provider = provider;
        Client = provider.GetRequiredService<IMailchimpClient>();
    }

    public static string AudienceId => MailchimpSandboxDefaults.AudienceId;

    public DataverseJobHost Dataverse { get; }

    public MailchimpSandbox Mailchimp { get; }

    public IMailchimpClient Client { get; }

    public IReadOnlyList<Entity> Activities => Dataverse.Sandbox.Organization.Rows(ActivityNames.ActivityTable);

    /// <summary>Gets the activitypointer rows, one per activity row (the platform's twin of every activity).</summary>
    public IReadOnlyList<Entity> Pointers => Dataverse.Sandbox.Organization.Rows("activitypointer");

    public IReadOnlyList<Entity> Campaigns => Dataverse.Sandbox.Organization.Rows(ActivityNames.CampaignTable);

    public IReadOnlyList<Entity> Checkpoints => [.. Dataverse.Sandbox.Organization.Rows("dmc_syncstate")
        .Where(r => r.GetAttributeValue<string>("dmc_name").StartsWith(ActivityNames.CheckpointPrefix, StringComparison.Ordinal))];

    public static async Task<ActivityHarness> StartAsync()
    {
        var dataverse = await DataverseJobHost.StartAsync();
        var mailchimp = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions { TimeProvider = dataverse.Clock }, CancellationToken.None);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddMailchimpClient(client =>
        {
            client.ApiKey = mailchimp.ApiKey;
            client.BaseAddress = mailchimp.BaseAddress;
            client.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            client.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
        });
        var harness = new ActivityHarness(dataverse, mailchimp, services.BuildServiceProvider());
        await harness.SubscribeAsync(Yvonne, Susanna, Nancy, Rene, Stranger);
        return harness;
    }

    public async Task SubscribeAsync(params string[] emails)
    {
        var result = await Client.UpsertMembersAsync(
            AudienceId,
            [.. emails.Select(email => new MemberUpsert { EmailAddress = email, StatusIfNew = MemberStatus.Subscribed })],
            cancellationToken: CancellationToken.None);
        Assert.All(result.Items, item => Assert.True(item.Succeeded, item.Error));
    }

    /// <summary>Sends a campaign to every subscribed member now, then moves the clock a minute.</summary>
    public string Send(string subject)
    {
        var id = Mailchimp.Controls.SendCampaign(AudienceId, subject);
        Advance(TimeSpan.FromMinutes(1));
        return id;
    }

    public void Advance(TimeSpan by) => Dataverse.Clock.Advance(by);

    public ActivityPuller CreatePuller(IDataverseClient? dataverse = null) => new(Client, dataverse ?? Dataverse.Job, Dataverse.Clock);

    public Task<ActivitySummary> PullAsync(ActivityPullOptions? options = null, IDataverseClient? dataverse = null) =>
        CreatePuller(dataverse).RunAsync(options ?? new ActivityPullOptions(), CancellationToken.None);

    public Guid ContactId(int index) => Dataverse.Seed.ContactIds[index];

    public IReadOnlyList<Entity> ActivitiesOf(string table, Guid id) =>
        [.. Activities.Where(a => a.GetAttributeValue<EntityReference>(ActivityNames.Regarding) is { } regarding && regarding.LogicalName == table && regarding.Id == id)];

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Mailchimp.DisposeAsync();
        await Dataverse.DisposeAsync();
    }
}
