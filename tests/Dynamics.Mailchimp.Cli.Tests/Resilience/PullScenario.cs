using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Checkpoint;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// Both sandboxes in the test process, the Mailchimp one on a <see cref="PullScenarioClock"/>, after an earlier sync and
/// pull: <c>members</c> contacts subscribed in Mailchimp and stored as subscribed (the push's member id on each), in the
/// synced list, and the member-status checkpoint at that second; an eighth of them unsubscribed on both sides and out of
/// the list; every tenth address shared by a second, never-synced contact. Then, after the checkpoint, two campaigns
/// (200 recipients who open and click, then 1,100 recipients over two report pages, half of them new), and, three
/// members a second, the Mailchimp side of the story: unsubscribes (reported on the last campaign the member got),
/// hard bounces (likewise), archives and re-subscribes.
/// </summary>
internal sealed class PullScenario : IAsyncDisposable
{
    /// <summary>The table of leases and checkpoints.</summary>
    public const string SyncStateTable = "dmc_syncstate";

    private const string Url = "https://brightfield-labs.com/autumn";
    private const int SmallCampaignRecipients = 200;
    private const int LargeCampaignRecipients = 1_100;
    private const int ChangesPerSecond = 3;

    private PullScenario(MailchimpSandbox mailchimp, DataverseSandbox dataverse, SeedResult seed, DateTimeOffset checkpoint)
    {
        Mailchimp = mailchimp;
        Dataverse = dataverse;
        Seed = seed;
        Checkpoint = checkpoint;
    }

    public MailchimpSandbox Mailchimp { get; }

    public DataverseSandbox Dataverse { get; }

    public SeedResult Seed { get; }

    /// <summary>Gets the member-status checkpoint the earlier pull left.</summary>
    public DateTimeOffset Checkpoint { get; }

    /// <summary>Gets the contacts of the scenario (not the seeded ones).</summary>
    public IReadOnlyList<PullScenarioRecord> Records { get; private set; } = [];

    /// <summary>Gets the campaigns sent, in send order.</summary>
    public IReadOnlyList<PullScenarioCampaign> Campaigns { get; private set; } = [];

    /// <summary>Gets the connection flags pointing at the two sandboxes.</summary>
    public string[] Flags =>
    [
        "--mailchimp-url", Mailchimp.BaseAddress.ToString(), "--mailchimp-key", Mailchimp.ApiKey,
        "--dataverse-url", Dataverse.BaseAddress.ToString(), "--dataverse-token", Dataverse.Tokens.ConnectorToken,
    ];

    /// <summary>Starts both sandboxes and plays the scenario.</summary>
    /// <param name="members">How many contacts the earlier sync sent (a multiple of 8 keeps the groups even).</param>
    /// <returns>The scenario.</returns>
    public static async Task<PullScenario> StartAsync(int members)
    {
        var start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(-8).ToUnixTimeSeconds());
        var clock = new PullScenarioClock(start);
        var mailchimp = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions { TimeProvider = clock }, CancellationToken.None);
        var dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), CancellationToken.None);
        var scenario = new PullScenario(mailchimp, dataverse, SandboxSeed.Apply(dataverse), start);
        var groups = scenario.SyncEarlier(members);
        clock.Advance(TimeSpan.FromMinutes(10));
        scenario.SendCampaigns(groups, clock);
        clock.Advance(TimeSpan.FromMinutes(10));
        await scenario.ChangeInMailchimpAsync(groups, clock);
        return scenario;
    }

    /// <summary>What a real lease expiry does for a killed instance: the pull lease's expiry moves into the past.</summary>
    public void ExpireLease()
    {
        var service = Dataverse.Organization.CreateService(Dataverse.Tokens.AdminUserId);
        foreach (var row in Dataverse.Organization.Rows(SyncStateTable).Where(r => r.GetAttributeValue<string>(ClaimWebApiNames.SyncStateName)?.StartsWith("lease:", StringComparison.Ordinal) == true))
        {
            service.Update(new Entity(SyncStateTable, row.Id) { [ClaimWebApiNames.LeaseExpiresOn] = DateTime.UtcNow.AddMinutes(-10) });
        }
    }

    /// <summary>
    /// Waits until the Dataverse sandbox has finished what a killed child left past its gate: it runs requests one at a
    /// time, in turn, so a <c>WhoAmI</c> sent now is answered after them.
    /// </summary>
    /// <param name="cancellationToken">Bounds the wait.</param>
    /// <returns>A task.</returns>
    public async Task WaitForDataverseQuietAsync(CancellationToken cancellationToken)
    {
        using var http = Dataverse.CreateClient(Dataverse.Tokens.AdminToken);
        using var response = await http.GetAsync(new Uri("WhoAmI", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Mailchimp.Controls.ReleaseRequests();
        Dataverse.Gate.Open();
        await Dataverse.DisposeAsync();
        await Mailchimp.DisposeAsync();
    }

    private static PullMemberGroup GroupOf(int index) => (index % 8) switch
    {
        0 or 1 or 2 => PullMemberGroup.Unsubscribed,
        3 or 4 => PullMemberGroup.Cleaned,
        5 => PullMemberGroup.Archived,
        6 => PullMemberGroup.Resubscribed,
        _ => PullMemberGroup.Unchanged,
    };

    private List<(Guid Id, string Email, PullMemberGroup Group, Guid? Twin)> SyncEarlier(int members)
    {
        var organization = Dataverse.Organization;
        var service = organization.CreateService(Dataverse.Tokens.AdminUserId);
        var ids = SandboxSeed.AddContacts(organization, Dataverse.Tokens.AdminUserId, members);
        var groups = new List<(Guid, string, PullMemberGroup, Guid?)>(members);
        for (var i = 0; i < members; i++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"bulk{i + 1:D5}@brightfield-labs.com");
            var group = GroupOf(i);
            Mailchimp.Controls.SubscribeAsContact(Seed.AudienceId, email);
            var unsubscribed = group == PullMemberGroup.Resubscribed;
            if (unsubscribed)
            {
                Mailchimp.Controls.Unsubscribe(Seed.AudienceId, email);
            }

            service.Update(new Entity(TableNames.Contact, ids[i])
            {
                [MemberFields.MailchimpStatus] = new OptionSetValue(MailchimpStatusOptions.ToOptionValue(unsubscribed ? MemberStatus.Unsubscribed : MemberStatus.Subscribed)),
                [MemberFields.MailchimpMemberId] = SubscriberHash.Compute(email),
                [MemberFields.DoNotBulkEmail] = unsubscribed,
                [MemberFields.DoNotSendMarketingMaterials] = unsubscribed,
            });
            Guid? twin = i % 10 == 9
                ? service.Create(new Entity(TableNames.Contact) { [PersonFields.FirstName] = "Twin", [PersonFields.LastName] = email, [MemberFields.EmailAddress1] = email })
                : null;
            groups.Add((ids[i], email, group, twin));
        }

        foreach (var chunk in groups.Where(g => g.Item3 != PullMemberGroup.Resubscribed).Select(g => g.Item1).Chunk(1000))
        {
            service.Execute(new AddListMembersListRequest { ListId = Seed.ListId, MemberIds = chunk });
        }

        service.Create(new Entity(SyncStateTable)
        {
            [ClaimWebApiNames.SyncStateName] = CheckpointNames.Members(Seed.AudienceId),
            [CheckpointNames.Value] = WebApiDates.Format(Checkpoint),
        });
        return groups;
    }

    private void SendCampaigns(List<(Guid Id, string Email, PullMemberGroup Group, Guid? Twin)> groups, PullScenarioClock clock)
    {
        var subscribed = groups.Where(g => g.Group != PullMemberGroup.Resubscribed).Select(g => g.Email).ToArray();
        var controls = Mailchimp.Controls;
        var small = subscribed.Take(SmallCampaignRecipients).ToArray();
        var large = subscribed.Skip(SmallCampaignRecipients / 2).Take(LargeCampaignRecipients).ToArray();
        Campaigns = [Send("Spring news", small, opens: 1, clicks: 1), Send("Autumn news", large, opens: 0, clicks: 0)];

        PullScenarioCampaign Send(string subject, IReadOnlyList<string> recipients, int opens, int clicks)
        {
            var sentAt = clock.GetUtcNow();
            var id = controls.SendCampaign(Seed.AudienceId, subject, recipients);
            clock.Advance(TimeSpan.FromMinutes(5));
            controls.Engage(id, opens, clicks, Url);
            var engagedAt = clock.GetUtcNow();
            clock.Advance(TimeSpan.FromMinutes(5));
            return new PullScenarioCampaign(id, sentAt, recipients, opens, clicks, engagedAt);
        }
    }

    private async Task ChangeInMailchimpAsync(List<(Guid Id, string Email, PullMemberGroup Group, Guid? Twin)> groups, PullScenarioClock clock)
    {
        using var http = new HttpClient { BaseAddress = Mailchimp.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("any:" + Mailchimp.ApiKey)));
        var records = new List<PullScenarioRecord>();
        var changes = 0;
        foreach (var (id, email, group, twin) in groups)
        {
            var at = Checkpoint;
            if (group != PullMemberGroup.Unchanged)
            {
                if (changes++ % ChangesPerSecond == 0)
                {
                    clock.Advance(TimeSpan.FromSeconds(1));
                }

                at = clock.GetUtcNow();
                await ChangeAsync(http, email, group);
            }

            records.Add(new PullScenarioRecord(id, email, group, Twin: false, at));
            if (twin is { } twinId)
            {
                records.Add(new PullScenarioRecord(twinId, email, group, Twin: true, at));
            }
        }

        Records = records;
    }

    private async Task ChangeAsync(HttpClient http, string email, PullMemberGroup group)
    {
        var controls = Mailchimp.Controls;
        switch (group)
        {
            case PullMemberGroup.Unsubscribed:
                controls.Unsubscribe(Seed.AudienceId, email);
                break;
            case PullMemberGroup.Cleaned:
                controls.Bounce(Seed.AudienceId, email, hard: true);
                break;
            case PullMemberGroup.Resubscribed:
                controls.SubscribeAsContact(Seed.AudienceId, email);
                break;
            default:
                using (var response = await http.DeleteAsync(new Uri($"lists/{Seed.AudienceId}/members/{SubscriberHash.Compute(email)}", UriKind.Relative)))
                {
                    response.EnsureSuccessStatusCode();
                }

                break;
        }
    }
}
