using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Cli.Tests.Commands.Pull;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Push;

/// <summary>
/// Issue #9, "Deactivated records, deleted records ... leave the audience as above": synced lists deleted over the Web
/// API (the real list-delete plug-in queues their mapping and former members), then <c>dmc push</c> against both
/// sandboxes over loopback HTTP. The tag and the interest go and those members stay subscribed; of an audience list's
/// members, only the one no other synced list holds is archived.
/// </summary>
public sealed class ListDeletePushTests : IAsyncLifetime
{
    private const int TagMapping = 100000001;
    private const int InterestMapping = 100000002;
    private const int AudienceMapping = 100000000;
    private const string Yvonne = "yvonne.mckay@contoso-coffee.com";
    private const string Susanna = "susanna.stubberod@contoso-coffee.com";
    private const string Nancy = "nancy.anderson@contoso-coffee.com";
    private const string Maria = "maria.campbell@contoso-coffee.com";

    private PullSandboxes _sandboxes = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _sandboxes = await PullSandboxes.StartAsync();
        _admin = _sandboxes.Dataverse.CreateClient(_sandboxes.Dataverse.Tokens.AdminToken);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _sandboxes.DisposeAsync();
    }

    [Fact]
    public async Task Push_SyncedListsDeletedOverTheWebApi_TagAndInterestGoAndOnlyMembersNoOtherListHoldsAreArchived()
    {
        // Arrange: the seeded audience list holds Yvonne and Susanna.
        var interestId = await CreateInterestAsync();
        var contacts = _sandboxes.Seed.ContactIds;
        var gala = await CreateListAsync("Gala 2026", TagMapping, ("dmc_tagname", "Gala 2026"));
        var webinars = await CreateListAsync("Webinars", InterestMapping, ("dmc_interestid", interestId));
        var events = await CreateListAsync("Events", AudienceMapping);
        await AddMembersAsync(gala, contacts[0], contacts[2]);
        await AddMembersAsync(webinars, contacts[0]);
        await AddMembersAsync(events, contacts[1], contacts[3]);
        Assert.Equal(ExitCodes.Success, (await PushAsync()).Exit);
        var before = await MembersAsync();
        Assert.Equal(["Gala 2026"], before[Yvonne].Tags);
        Assert.True(before[Yvonne].Interests[interestId]);
        Assert.Equal("subscribed", before[Maria].Status);
        foreach (var list in new[] { gala, webinars, events })
        {
            using var deleted = await _admin.DeleteAsync($"lists({list:D})");
            deleted.EnsureSuccessStatusCode();
        }

        // Act
        var (exit, json) = await PushAsync();

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("pushed").GetProperty("archived").GetInt32());
        var after = await MembersAsync();
        Assert.Equal(("subscribed", 0, false), (after[Yvonne].Status, after[Yvonne].Tags.Count, after[Yvonne].Interests[interestId]));
        Assert.Equal(("subscribed", 0), (after[Nancy].Status, after[Nancy].Tags.Count));
        Assert.Equal("subscribed", after[Susanna].Status);
        Assert.Equal("archived", after[Maria].Status);
        Assert.DoesNotContain(_sandboxes.Dataverse.Organization.Rows(TableNames.QueueItem), r => r.GetAttributeValue<OptionSetValue>(QueueItemFields.State)?.Value == QueueItemStates.Pending);
    }

    private Task<(int Exit, JsonElement Json)> PushAsync() => _sandboxes.RunJsonAsync("push");

    private async Task<Guid> CreateListAsync(string name, int mappingType, params (string Column, string Value)[] target)
    {
        var body = new Dictionary<string, object>
        {
            [ListFields.ListName] = name,
            [ListFields.Type] = false,
            [ListFields.CreatedFromCode] = 2,
            [ListFields.SyncEnabled] = true,
            [ListFields.MappingType] = mappingType,
            [ListFields.AudienceId] = SandboxSeed.AudienceId,
        };
        foreach (var (column, value) in target)
        {
            body[column] = value;
        }

        using var created = await _admin.PostAsJsonAsync("lists", body);
        created.EnsureSuccessStatusCode();
        var entityId = created.Headers.GetValues("OData-EntityId").Single();
        return Guid.Parse(Regex.Match(entityId, @"\(([0-9a-f-]{36})\)$").Groups[1].Value);
    }

    private async Task AddMembersAsync(Guid list, params Guid[] contacts)
    {
        var members = string.Join(",", contacts.Select(c => $$"""{"@odata.type":"Microsoft.Dynamics.CRM.contact","contactid":"{{c}}"}"""));
        var body = $$"""{"List":{"@odata.type":"Microsoft.Dynamics.CRM.list","listid":"{{list}}"},"Members":[{{members}}]}""";
        using var added = await _admin.PostAsync("AddListMembersList", new StringContent(body, Encoding.UTF8, "application/json"));
        added.EnsureSuccessStatusCode();
    }

    private HttpRequestMessage Mailchimp(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(_sandboxes.Mailchimp.BaseAddress, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("any:" + _sandboxes.Mailchimp.ApiKey)));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    private async Task<JsonElement> SendAsync(HttpRequestMessage request)
    {
        using var http = new HttpClient();
        using (request)
        {
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.Clone();
        }
    }

    /// <summary>An interest in a new checkbox category, as POST interest-categories and POST …/interests create them.</summary>
    private async Task<string> CreateInterestAsync()
    {
        var audience = MailchimpSandboxDefaults.AudienceId;
        var category = await SendAsync(Mailchimp(HttpMethod.Post, $"lists/{audience}/interest-categories", new { title = "Topics", type = "checkboxes" }));
        var interest = await SendAsync(Mailchimp(HttpMethod.Post, $"lists/{audience}/interest-categories/{category.GetProperty("id").GetString()}/interests", new { name = "Webinars" }));
        return interest.GetProperty("id").GetString()!;
    }

    private async Task<Dictionary<string, (string Status, List<string> Tags, Dictionary<string, bool> Interests)>> MembersAsync()
    {
        var json = await SendAsync(Mailchimp(HttpMethod.Get, $"lists/{MailchimpSandboxDefaults.AudienceId}/members?count=1000"));
        return json.GetProperty("members").EnumerateArray().ToDictionary(
            m => m.GetProperty("email_address").GetString()!,
            m => (
                m.GetProperty("status").GetString()!,
                m.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList(),
                m.TryGetProperty("interests", out var interests) ? interests.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetBoolean()) : []),
            StringComparer.Ordinal);
    }
}
