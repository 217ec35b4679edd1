using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.DependencyInjection;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Sync.Tests.Execute;

/// <summary>
/// A running Mailchimp sandbox, a real client over loopback HTTP and the executor, disposed together. Seeding goes
/// through the client too; <see cref="CallsSinceSeed"/> counts only what the executor sent.
/// </summary>
internal sealed class ExecuteHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private long seedMark;

    private ExecuteHarness(MailchimpSandbox sandbox, ServiceProvider provider)
    {
        Sandbox = sandbox;
        this.provider = provider;
        Client = provider.GetRequiredService<IMailchimpClient>();
        Sut = new MailchimpPlanExecutor(Client);
    }

    public static string AudienceId => MailchimpSandboxDefaults.AudienceId;

    public MailchimpSandbox Sandbox { get; }

    public IMailchimpClient Client { get; }

    public MailchimpPlanExecutor Sut { get; }

    /// <summary>Gets the API requests the sandbox received after the last seed (controls are never recorded).</summary>
    public IReadOnlyList<RecordedRequest> CallsSinceSeed => [.. Sandbox.Requests.Where(r => r.Sequence > seedMark)];

    public static async Task<ExecuteHarness> StartAsync(Action<MailchimpSandboxOptions>? configureSandbox = null)
    {
        var options = new MailchimpSandboxOptions();
        configureSandbox?.Invoke(options);
        var sandbox = await MailchimpSandbox.StartAsync(options, CancellationToken.None);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddMailchimpClient(client =>
        {
            client.ApiKey = sandbox.ApiKey;
            client.BaseAddress = sandbox.BaseAddress;
            client.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            client.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
            client.Timeout = TimeSpan.FromSeconds(30);
        });
        return new ExecuteHarness(sandbox, services.BuildServiceProvider());
    }

    /// <summary>Adds subscribed members with first names, then marks the log so later counts exclude the seeding.</summary>
    public async Task SeedAsync(params string[] emails)
    {
        var members = emails.Select(email => new MemberUpsert
        {
            EmailAddress = email,
            StatusIfNew = MemberStatus.Subscribed,
            MergeFields = new Dictionary<string, object?> { ["FNAME"] = "Seeded" },
        }).ToList();
        var result = await Client.UpsertMembersAsync(AudienceId, members, cancellationToken: CancellationToken.None);
        Assert.All(result.Items, item => Assert.True(item.Succeeded, item.Error));
        MarkSeeded();
    }

    /// <summary>Adds a member who then unsubscribes themselves (a compliance hold in Mailchimp).</summary>
    public async Task SeedSelfUnsubscribedAsync(string email)
    {
        await SeedAsync(email);
        Sandbox.Controls.Unsubscribe(AudienceId, email);
    }

    /// <summary>Excludes every request so far from <see cref="CallsSinceSeed"/>.</summary>
    public void MarkSeeded() => seedMark = Sandbox.Requests.Select(r => r.Sequence).DefaultIfEmpty(0).Max();

    public Task<IReadOnlyList<PlanResult>> ExecuteAsync(params MemberPlan[] plans) => Sut.ExecuteAsync(plans, CancellationToken.None);

    public Task<ListMember?> GetMemberAsync(string email) => Client.GetMemberAsync(AudienceId, email, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
