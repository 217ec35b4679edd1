using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Cli.Tests.Commands.Pull;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Mailchimp;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Drift;

/// <summary>Both sandboxes with the seeded org, plus what the drift and dynamic-list tests do as a CRM user over the Web API.</summary>
internal sealed class DriftSandbox(PullSandboxes sandboxes) : IAsyncDisposable
{
    public const int TagMapping = 100000001;

    public PullSandboxes Sandboxes => sandboxes;

    public static async Task<DriftSandbox> StartAsync() => new(await PullSandboxes.StartAsync());

    /// <summary>Creates a synced list over the Web API: static, or dynamic with <paramref name="query"/>; its plug-in queues a ListChanged row, which syncs nobody.</summary>
    public async Task<Guid> CreateListAsync(string name, string? query = null, int? mappingType = null, string? tagName = null, int? exitAction = null)
    {
        var body = new Dictionary<string, object>
        {
            [ListFields.ListName] = name,
            [ListFields.Type] = query is not null,
            [ListFields.CreatedFromCode] = 2,
            [ListFields.SyncEnabled] = true,
            [ListFields.AudienceId] = SandboxSeed.AudienceId,
        };
        if (query is not null)
        {
            body[ListFields.Query] = query;
        }

        if (mappingType is { } type)
        {
            body[ListFields.MappingType] = type;
        }

        if (tagName is not null)
        {
            body[ListFields.TagName] = tagName;
        }

        if (exitAction is { } exit)
        {
            body[ListFields.ExitAction] = exit;
        }

        using var admin = Admin();
        using var created = await admin.PostAsync("lists", Json(body));
        created.EnsureSuccessStatusCode();
        return Guid.Parse(Regex.Match(created.Headers.GetValues("OData-EntityId").Single(), @"\(([0-9a-f-]{36})\)$").Groups[1].Value);
    }

    /// <summary>Calls a list action bound to <paramref name="list"/> as a CRM user would (no plug-in step is registered on it).</summary>
    public async Task CallListActionAsync(Guid list, string action, string body)
    {
        using var admin = Admin();
        using var response = await admin.PostAsync($"lists({list:D})/Microsoft.Dynamics.CRM.{action}", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Adds contacts with AddListMembersList (a registered message: the plug-in queues the joins).</summary>
    public async Task AddMembersAsync(Guid list, params Guid[] contacts)
    {
        var members = string.Join(",", contacts.Select(c => $$"""{"@odata.type":"Microsoft.Dynamics.CRM.contact","contactid":"{{c}}"}"""));
        using var admin = Admin();
        using var added = await admin.PostAsync("AddListMembersList", new StringContent($$"""{"List":{"@odata.type":"Microsoft.Dynamics.CRM.list","listid":"{{list}}"},"Members":[{{members}}]}""", Encoding.UTF8, "application/json"));
        added.EnsureSuccessStatusCode();
    }

    /// <summary>The sandbox audience's members by address: status and tag names.</summary>
    public async Task<Dictionary<string, (string Status, string[] Tags)>> MembersAsync()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(sandboxes.Mailchimp.BaseAddress, $"lists/{MailchimpSandboxDefaults.AudienceId}/members?count=1000"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("any:" + sandboxes.Mailchimp.ApiKey)));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("members").EnumerateArray().ToDictionary(
            m => m.GetProperty("email_address").GetString()!,
            m => (m.GetProperty("status").GetString()!, m.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToArray()),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The drift report's entry for <paramref name="list"/>.</summary>
    public static JsonElement ListOf(JsonElement drift, Guid list) =>
        drift.GetProperty("lists").EnumerateArray().Single(l => l.GetProperty("listId").GetGuid() == list);

    /// <summary>The four counts of a drift report entry.</summary>
    public static (int CrmOnly, int MailchimpOnly, int Status, int Fields) Counts(JsonElement list) =>
        (list.GetProperty("crmOnly").GetInt32(), list.GetProperty("mailchimpOnly").GetInt32(), list.GetProperty("statusMismatch").GetInt32(), list.GetProperty("fieldMismatch").GetInt32());

    public ValueTask DisposeAsync() => sandboxes.DisposeAsync();

    private HttpClient Admin() => sandboxes.Dataverse.CreateClient(sandboxes.Dataverse.Tokens.AdminToken);

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
