using System.Net;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests;

/// <summary>
/// Over HTTP: the registered plug-ins queue a list-membership change, and the sync job's tag suppresses the echo.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context (tag shared variable)
/// </summary>
public sealed class EndToEndTests
{
    private static async Task<(DataverseSandbox Sandbox, HttpClient Client, SeedResult Seed)> CreateSut()
    {
        var sandbox = await Sandboxes.StartAsync();
        var seed = SandboxSeed.Apply(sandbox);
        return (sandbox, sandbox.CreateClient(sandbox.Tokens.AdminToken), seed);
    }

    [Fact]
    public async Task AddMemberList_SyncedList_QueueRowReadableOverWebApi()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var contactId = await WebApiClient.CreateAsync(client, "contacts", """{"firstname":"Edsger","lastname":"Dijkstra","emailaddress1":"edsger@example.test"}""");

        // Act
        using var add = await client.PostAsync($"lists({seed.ListId})/Microsoft.Dynamics.CRM.AddMemberList", WebApiClient.Json($$"""{"EntityId":"{{contactId}}"}"""));
        using var queue = await client.GetAsync($"dmc_syncqueueitems?$select=dmc_kind,dmc_targetid,dmc_listid,dmc_email&$filter=dmc_kind eq {QueueItemKinds.ListMemberAdded} and dmc_targetid eq '{contactId}'");
        var body = await WebApiClient.ReadJsonAsync(queue);

        // Assert
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        var row = Assert.Single(body["value"]!.AsArray());
        Assert.Equal(QueueItemKinds.ListMemberAdded, row!["dmc_kind"]!.GetValue<int>());
        Assert.Equal(contactId.ToString("D"), row["dmc_targetid"]!.GetValue<string>());
        Assert.Equal(seed.ListId.ToString("D"), row["dmc_listid"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddMemberList_TaggedDmcSync_WritesNoQueueRow()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var contactId = await WebApiClient.CreateAsync(client, "contacts", """{"lastname":"Hoare","emailaddress1":"tony@example.test"}""");
        var before = sandbox.Organization.Count(TableNames.QueueItem);

        // Act
        using var add = await client.PostAsync($"lists({seed.ListId})/Microsoft.Dynamics.CRM.AddMemberList?tag=dmc-sync", WebApiClient.Json($$"""{"EntityId":"{{contactId}}"}"""));

        // Assert
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.Contains(sandbox.Organization.Rows(TableNames.ListMember), m => ((Microsoft.Xrm.Sdk.EntityReference)m[ListMemberFields.EntityId]).Id == contactId);
        Assert.Equal(before, sandbox.Organization.Count(TableNames.QueueItem));
        Assert.Contains(sandbox.Organization.PluginExecutions, e => e.Message == MessageNames.AddMember);
    }

    [Fact]
    public async Task Patch_TaggedDmcSync_WritesNoQueueRowWhileUntaggedDoes()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var member = seed.ContactIds[0];
        var before = sandbox.Organization.Count(TableNames.QueueItem);

        // Act
        using var tagged = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({member})?tag=dmc-sync", """{"emailaddress1":"from.mailchimp@contoso-coffee.com"}""");
        var afterTagged = sandbox.Organization.Count(TableNames.QueueItem);
        using var untagged = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({member})", """{"emailaddress1":"from.user@contoso-coffee.com"}""");

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, tagged.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, untagged.StatusCode);
        Assert.Equal(before, afterTagged);
        Assert.Equal(before + 1, sandbox.Organization.Count(TableNames.QueueItem));
    }

    [Fact]
    public async Task Batch_TaggedBatchUrl_AppliesTagToEveryPart()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var before = sandbox.Organization.Count(TableNames.QueueItem);
        var body = new BatchBody()
            .Operation("PATCH", $"contacts({seed.ContactIds[0]})", """{"emailaddress1":"a.sync@contoso-coffee.com"}""")
            .Operation("POST", $"lists({seed.ListId})/Microsoft.Dynamics.CRM.AddMemberList", $$"""{"EntityId":"{{seed.ContactIds[3]}}"}""");

        // Act
        using var response = await client.PostAsync("$batch?tag=dmc-sync", body.ToContent());
        var statuses = await BatchAnswer.StatusesAsync(response);

        // Assert
        Assert.Equal([204, 200], statuses);
        Assert.Equal(before, sandbox.Organization.Count(TableNames.QueueItem));
    }
}
