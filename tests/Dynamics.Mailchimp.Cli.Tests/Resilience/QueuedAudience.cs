using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sync.Model;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// Both sandboxes in the test process (loopback), the seeded org, and a queue of <c>members</c> list joins written
/// through the organization service (so the real plug-ins queue them) as <c>AddListMembersList</c> rows of
/// <c>rowSize</c> members. Some contacts opted out in Dynamics before they were queued, some addresses were
/// unsubscribed in Mailchimp beforehand, and some contacts synced earlier opted out before they joined; none may
/// ever end subscribed. Optionally some contacts change their last name twice after all joins (one queue row each).
/// </summary>
internal sealed class QueuedAudience : IAsyncDisposable
{
    private QueuedAudience(MailchimpSandbox mailchimp, DataverseSandbox dataverse, SeedResult seed, IReadOnlyList<Guid> contactIds, IReadOnlyList<string> emails, AudienceGroups groups)
    {
        Mailchimp = mailchimp;
        Dataverse = dataverse;
        Seed = seed;
        ContactIds = contactIds;
        Emails = emails;
        CrmOptOuts = groups.CrmOptOuts;
        MailchimpUnsubscribed = groups.MailchimpUnsubscribed;
        SyncedOptOuts = groups.SyncedOptOuts;
        LastNames = groups.LastNames;
    }

    public MailchimpSandbox Mailchimp { get; }

    public DataverseSandbox Dataverse { get; }

    public SeedResult Seed { get; }

    /// <summary>Gets the bulk contacts' ids, in creation order.</summary>
    public IReadOnlyList<Guid> ContactIds { get; }

    /// <summary>Gets the bulk contacts' addresses, in creation order.</summary>
    public IReadOnlyList<string> Emails { get; }

    /// <summary>Gets the addresses whose contact has <c>donotbulkemail</c> set before it joined the list.</summary>
    public ISet<string> CrmOptOuts { get; }

    /// <summary>Gets the addresses that unsubscribed in Mailchimp before the job ran.</summary>
    public ISet<string> MailchimpUnsubscribed { get; }

    /// <summary>
    /// Gets the addresses subscribed in Mailchimp by an earlier sync (the contact stores the status and member id)
    /// whose contact then set <c>donotbulkemail</c> before it joined the list: the job must unsubscribe them.
    /// </summary>
    public ISet<string> SyncedOptOuts { get; }

    /// <summary>Gets each bulk contact's last name after every queued change, by address.</summary>
    public IReadOnlyDictionary<string, string> LastNames { get; }

    /// <summary>Gets the four connection flags pointing at the two sandboxes.</summary>
    public string[] Flags =>
    [
        "--mailchimp-url", Mailchimp.BaseAddress.ToString(), "--mailchimp-key", Mailchimp.ApiKey,
        "--dataverse-url", Dataverse.BaseAddress.ToString(), "--dataverse-token", Dataverse.Tokens.ConnectorToken,
    ];

    /// <summary>Starts both sandboxes and queues the changes.</summary>
    /// <param name="members">How many bulk contacts join the list.</param>
    /// <param name="rowSize">How many joins one queue row carries.</param>
    /// <param name="optOutEvery">Every so many contacts opted out in Dynamics, never synced.</param>
    /// <param name="unsubscribedEvery">Every so many addresses unsubscribed in Mailchimp beforehand.</param>
    /// <param name="syncedOptOutEvery">Every so many contacts synced earlier then opted out in Dynamics (0: none).</param>
    /// <param name="renamedEvery">Every so many contacts get two last-name changes after all joins (0: none).</param>
    public static async Task<QueuedAudience> StartAsync(int members, int rowSize, int optOutEvery, int unsubscribedEvery, int syncedOptOutEvery = 0, int renamedEvery = 0)
    {
        var mailchimp = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), CancellationToken.None);
        var dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), CancellationToken.None);
        var seed = SandboxSeed.Apply(dataverse);
        var organization = dataverse.Organization;
        var userId = dataverse.Tokens.AdminUserId;
        var ids = SandboxSeed.AddContacts(organization, userId, members);
        var emails = Enumerable.Range(1, members).Select(i => string.Create(CultureInfo.InvariantCulture, $"bulk{i:D5}@brightfield-labs.com")).ToArray();
        var service = organization.CreateService(userId);
        var groups = new AudienceGroups(emails);
        for (var i = 0; i < members; i++)
        {
            if (i % optOutEvery == optOutEvery - 1)
            {
                service.Update(new Entity(TableNames.Contact, ids[i]) { [MemberFields.DoNotBulkEmail] = true });
                groups.CrmOptOuts.Add(emails[i]);
            }
            else if (i % unsubscribedEvery == unsubscribedEvery - 2)
            {
                mailchimp.Controls.SubscribeAsContact(SandboxSeed.AudienceId, emails[i]);
                mailchimp.Controls.Unsubscribe(SandboxSeed.AudienceId, emails[i]);
                groups.MailchimpUnsubscribed.Add(emails[i]);
            }
            else if (syncedOptOutEvery > 0 && i % syncedOptOutEvery == syncedOptOutEvery - 3)
            {
                mailchimp.Controls.SubscribeAsContact(SandboxSeed.AudienceId, emails[i]);
                service.Update(new Entity(TableNames.Contact, ids[i])
                {
                    [MemberFields.MailchimpStatus] = new OptionSetValue(MailchimpStatusOptions.ToOptionValue(MemberStatus.Subscribed)),
                    [MemberFields.MailchimpMemberId] = SubscriberHash.Compute(emails[i]),
                });
                service.Update(new Entity(TableNames.Contact, ids[i]) { [MemberFields.DoNotBulkEmail] = true });
                groups.SyncedOptOuts.Add(emails[i]);
            }
        }

        foreach (var chunk in ids.Chunk(rowSize))
        {
            service.Execute(new AddListMembersListRequest { ListId = seed.ListId, MemberIds = chunk });
        }

        for (var i = renamedEvery / 2; renamedEvery > 0 && i < members; i += renamedEvery)
        {
            foreach (var name in (string[])[$"Renamed {i}", $"Renamed again {i}"])
            {
                service.Update(new Entity(TableNames.Contact, ids[i]) { [PersonFields.LastName] = name });
                groups.LastNames[emails[i]] = name;
            }
        }

        return new QueuedAudience(mailchimp, dataverse, seed, ids, emails, groups);
    }

    /// <summary>Gets the queue rows by state.</summary>
    public IReadOnlyDictionary<int, int> RowStates() =>
        Dataverse.Organization.Rows(TableNames.QueueItem)
            .GroupBy(r => r.GetAttributeValue<OptionSetValue>(QueueItemFields.State)?.Value ?? -1)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Gets the queue rows in queue order.</summary>
    public IReadOnlyList<Entity> Rows() =>
        [.. Dataverse.Organization.Rows(TableNames.QueueItem).OrderBy(r => r.GetAttributeValue<long>(QueueItemFields.Sequence))];

    /// <summary>What a real lease expiry does for a killed instance: the lease row's expiry moves into the past.</summary>
    public void ExpireLease()
    {
        var service = Dataverse.Organization.CreateService(Dataverse.Tokens.AdminUserId);
        foreach (var row in Dataverse.Organization.Rows("dmc_syncstate"))
        {
            service.Update(new Entity("dmc_syncstate", row.Id) { ["dmc_leaseexpireson"] = DateTime.UtcNow.AddMinutes(-10) });
        }
    }

    /// <summary>
    /// Waits until the Dataverse sandbox has finished the requests a killed child left running past the gate (a real
    /// server finishes them too): the sandbox runs requests one at a time, in turn, so a <c>WhoAmI</c> sent now is
    /// answered after them.
    /// </summary>
    /// <param name="cancellationToken">Bounds the wait.</param>
    public async Task WaitForDataverseQuietAsync(CancellationToken cancellationToken)
    {
        using var http = Dataverse.CreateClient(Dataverse.Tokens.AdminToken);
        using var response = await http.GetAsync(new Uri("WhoAmI", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Reads every member of the audience over the API: address → (status, tags, LNAME).</summary>
    public async Task<Dictionary<string, (string Status, string[] Tags, string LastName)>> MembersAsync()
    {
        using var http = new HttpClient();
        var members = new Dictionary<string, (string, string[], string)>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += 1000)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Mailchimp.BaseAddress, $"lists/{SandboxSeed.AudienceId}/members?count=1000&offset={offset}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("any:" + Mailchimp.ApiKey)));
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var page = json.RootElement.GetProperty("members").EnumerateArray().ToList();
            foreach (var m in page)
            {
                var tags = m.TryGetProperty("tags", out var t) ? t.EnumerateArray().Select(x => x.GetProperty("name").GetString()!).ToArray() : [];
                var lastName = m.GetProperty("merge_fields").GetProperty("LNAME").GetString()!;
                members[m.GetProperty("email_address").GetString()!] = (m.GetProperty("status").GetString()!, tags, lastName);
            }

            if (page.Count < 1000)
            {
                return members;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Mailchimp.Controls.ReleaseRequests();
        Dataverse.Gate.Open();
        await Dataverse.DisposeAsync();
        await Mailchimp.DisposeAsync();
    }
}
