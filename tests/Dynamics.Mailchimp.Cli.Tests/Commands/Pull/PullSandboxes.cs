using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Pull;

/// <summary>
/// Both sandboxes on loopback HTTP, seeded, with the CRM user's and the person's side of the story: CRM changes over the
/// Web API with the admin token (the plug-ins queue them), Mailchimp-side changes through the sandbox's <c>/_sandbox/</c>
/// controls (an unsubscribe or opt-in the person makes themselves), and the connector's flags for <c>dmc</c>.
/// </summary>
public sealed class PullSandboxes : IAsyncDisposable
{
    private PullSandboxes(MailchimpSandbox mailchimp, DataverseSandbox dataverse, SeedResult seed)
    {
        Mailchimp = mailchimp;
        Dataverse = dataverse;
        Seed = seed;
    }

    public MailchimpSandbox Mailchimp { get; }

    public DataverseSandbox Dataverse { get; }

    public SeedResult Seed { get; }

    /// <summary>Starts both sandboxes; <paramref name="dataverseOptions"/> for other Dataverse options (a reduced connector role).</summary>
    public static async Task<PullSandboxes> StartAsync(DataverseSandboxOptions? dataverseOptions = null)
    {
        var mailchimp = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), CancellationToken.None);
        var dataverse = await DataverseSandbox.StartAsync(dataverseOptions ?? new DataverseSandboxOptions(), CancellationToken.None);
        return new PullSandboxes(mailchimp, dataverse, SandboxSeed.Apply(dataverse));
    }

    public string[] Flags() =>
    [
        "--mailchimp-url", Mailchimp.BaseAddress.ToString(), "--mailchimp-key", Mailchimp.ApiKey,
        "--dataverse-url", Dataverse.BaseAddress.ToString(), "--dataverse-token", Dataverse.Tokens.ConnectorToken,
    ];

    /// <summary>Runs a <c>dmc</c> verb with <c>--json</c> and the connector's flags.</summary>
    public async Task<(int Exit, JsonElement Json)> RunJsonAsync(params string[] verb)
    {
        var (console, output) = TestConsole.Create();
        var exit = await DmcCli.RunAsync(console, [.. verb, "--json", .. Flags()]);
        using var json = JsonDocument.Parse(output.ToString());
        return (exit, json.RootElement.Clone());
    }

    /// <summary>A Mailchimp-side event through the sandbox controls (<c>unsubscribe</c>, <c>subscribe</c>, <c>bounce</c>).</summary>
    public async Task SimulateAsync(string control, string email)
    {
        using var http = new HttpClient();
        var body = JsonSerializer.Serialize(new { list_id = MailchimpSandboxDefaults.AudienceId, email });
        using var response = await http.PostAsync(new Uri(Mailchimp.BaseAddress, $"/_sandbox/members/{control}"), new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The members of the sandbox audience by address, with their status, over the API.</summary>
    public async Task<Dictionary<string, string>> MembersAsync()
    {
        using var response = await SendToMailchimpAsync(HttpMethod.Get, $"lists/{MailchimpSandboxDefaults.AudienceId}/members?count=1000");
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("members").EnumerateArray()
            .ToDictionary(m => m.GetProperty("email_address").GetString()!, m => m.GetProperty("status").GetString()!, StringComparer.Ordinal);
    }

    /// <summary>Mailchimp erases a member over the API (<c>POST …/actions/delete-permanent</c>).</summary>
    public async Task DeletePermanentlyAsync(string email)
    {
        using var response = await SendToMailchimpAsync(HttpMethod.Post, $"lists/{MailchimpSandboxDefaults.AudienceId}/members/{SubscriberHash.Compute(email)}/actions/delete-permanent");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The person changes their address in Mailchimp (over the API: <c>PATCH …/members/{hash}</c> with the new <c>email_address</c>).</summary>
    public async Task ChangeEmailAsync(string email, string newEmail)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri(Mailchimp.BaseAddress, $"lists/{MailchimpSandboxDefaults.AudienceId}/members/{SubscriberHash.Compute(email)}"))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { email_address = newEmail }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("any:" + Mailchimp.ApiKey)));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A CRM user updates a contact over the Web API (the plug-ins queue it).</summary>
    public async Task UpdateContactAsync(Guid id, Dictionary<string, object> columns)
    {
        using var admin = Dataverse.CreateClient(Dataverse.Tokens.AdminToken);
        using var content = new StringContent(JsonSerializer.Serialize(columns), Encoding.UTF8, "application/json");
        using var response = await admin.PatchAsync($"contacts({id})", content);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A CRM user creates a contact over the Web API.</summary>
    public async Task<Guid> CreateContactAsync(string first, string last, string email)
    {
        using var admin = Dataverse.CreateClient(Dataverse.Tokens.AdminToken);
        var body = JsonSerializer.Serialize(new Dictionary<string, object> { ["firstname"] = first, ["lastname"] = last, ["emailaddress1"] = email });
        using var response = await admin.PostAsync("contacts", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var entityId = response.Headers.GetValues("OData-EntityId").Single();
        return Guid.Parse(entityId[(entityId.LastIndexOf('(') + 1)..^1]);
    }

    /// <summary>A CRM user adds a contact to a list over the Web API (the plug-ins queue it).</summary>
    public async Task AddToListAsync(Guid listId, Guid contactId)
    {
        using var admin = Dataverse.CreateClient(Dataverse.Tokens.AdminToken);
        var body = $$"""{"EntityId":"{{contactId}}"}""";
        using var response = await admin.PostAsync($"lists({listId})/Microsoft.Dynamics.CRM.AddMemberList", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    public Entity Contact(Guid id) => Dataverse.Organization.Rows(TableNames.Contact).Single(c => c.Id == id);

    public bool IsInList(Guid listId, Guid recordId) =>
        Dataverse.Organization.Rows(TableNames.ListMember).Any(m =>
            m.GetAttributeValue<EntityReference>(ListMemberFields.ListId)?.Id == listId && m.GetAttributeValue<EntityReference>(ListMemberFields.EntityId)?.Id == recordId);

    public IReadOnlyList<Entity> ConsentEvents(Guid contactId) =>
        Dataverse.Organization.Rows("dmc_consentevent").Where(e => e.GetAttributeValue<EntityReference>("dmc_contactid")?.Id == contactId).ToArray();

    public IReadOnlyList<Entity> QueueRows() => Dataverse.Organization.Rows(TableNames.QueueItem).ToArray();

    public async ValueTask DisposeAsync()
    {
        await Dataverse.DisposeAsync();
        await Mailchimp.DisposeAsync();
    }

    private async Task<HttpResponseMessage> SendToMailchimpAsync(HttpMethod method, string path)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(Mailchimp.BaseAddress, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("any:" + Mailchimp.ApiKey)));
        return await http.SendAsync(request);
    }
}
