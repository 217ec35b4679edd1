using System.Globalization;
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
/// the list; every tenth address shared by a second, never-synced contact (written in capitals: matched ignoring case). Then, after the checkpoint, the Mailchimp side
/// of the story (<see cref="PullMailchimpStory"/>): two campaigns, then unsubscribes, hard bounces, archives and
/// re-subscribes, three members a second.
/// </summary>
internal sealed class PullScenario : IAsyncDisposable
{
    /// <summary>The table of leases and checkpoints.</summary>
    public const string SyncStateTable = "dmc_syncstate";

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
        var story = new PullMailchimpStory(mailchimp, scenario.Seed.AudienceId, clock);
        clock.Advance(TimeSpan.FromMinutes(10));
        scenario.Campaigns = story.SendCampaigns(groups.Where(g => g.Group != PullMemberGroup.Resubscribed).Select(g => g.Email).ToArray());
        clock.Advance(TimeSpan.FromMinutes(10));
        scenario.Records = await story.ChangeAsync(groups, start);
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
                ? service.Create(new Entity(TableNames.Contact) { [PersonFields.FirstName] = "Twin", [PersonFields.LastName] = email, [MemberFields.EmailAddress1] = email.ToUpperInvariant() })
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
}
