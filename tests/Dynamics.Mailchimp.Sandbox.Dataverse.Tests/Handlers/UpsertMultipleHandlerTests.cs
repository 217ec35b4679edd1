using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// <c>POST /&lt;set&gt;/Microsoft.Dynamics.CRM.UpsertMultiple</c>.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations ("UpsertMultiple",
/// "On Error behavior with standard tables", "Availability", "Duplicate records in UpsertMultiple Targets parameter") and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/upsertmultiple ("You must specify the
/// @odata.type annotation with every item in the Targets parameter"; "The UpsertMultiple action returns 204 NoContent").
/// </summary>
public sealed partial class UpsertMultipleHandlerTests
{
    private const string Path = "dmc_mailchimpcampaigns/Microsoft.Dynamics.CRM.UpsertMultiple";

    private static async Task<(DataverseSandbox Sandbox, HttpClient Client)> CreateSut(DataverseSandboxOptions? options = null)
    {
        var sandbox = await Sandboxes.StartAsync(options);
        return (sandbox, sandbox.CreateClient(sandbox.Tokens.ConnectorToken));
    }

    private static string Campaign(Guid id, string mailchimpId, string name, bool typed = true) =>
        $$"""{{{(typed ? "\"@odata.type\":\"Microsoft.Dynamics.CRM.dmc_mailchimpcampaign\"," : string.Empty)}}"dmc_mailchimpcampaignid":"{{id}}","dmc_mailchimpid":"{{mailchimpId}}","dmc_name":"{{name}}"}""";

    private static string Targets(params string[] targets) => $$"""{"Targets":[{{string.Join(',', targets)}}]}""";

    private static string NameOf(DataverseSandbox sandbox, Guid id) =>
        sandbox.Organization.Rows("dmc_mailchimpcampaign").Single(r => r.Id == id).GetAttributeValue<string>("dmc_name");

    [Fact]
    // Conformance: a target found by its key is updated, one not found is created (the upsert process,
    // https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record); the answer is 204
    // with no body (webapi/reference/upsertmultiple).
    public async Task UpsertMultiple_NewAndExistingRows_UpdatesOneCreatesTheOtherAndAnswers204()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var existing = await WebApiClient.CreateAsync(client, "dmc_mailchimpcampaigns", """{"dmc_mailchimpid":"c1","dmc_name":"Before"}""");
        var created = Guid.NewGuid();

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, Path, Targets(Campaign(existing, "c1", "After"), Campaign(created, "c2", "New")));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Equal(("After", "New"), (NameOf(sandbox, existing), NameOf(sandbox, created)));
        Assert.Equal(2, sandbox.Organization.Count("dmc_mailchimpcampaign"));
    }

    [Fact]
    // Conformance: bulk messages serve custom tables ("Any custom table should support them",
    // https://learn.microsoft.com/power-apps/developer/data-platform/optimize-performance-create-update); a custom activity
    // table is one (the CreateMultiple action reference lists the portal's activity table adx_portalcomment). Each row keeps
    // its activitypointer twin (activitypointer-activity-entity).
    public async Task UpsertMultiple_CustomActivityTable_WritesEveryRowWithItsActivityPointer()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        using var admin = sandbox.CreateClient(sandbox.Tokens.AdminToken); // a CRM user's contact: the connector's role creates none
        var contact = await WebApiClient.CreateAsync(admin, "contacts", """{"lastname":"Otieno","emailaddress1":"yvonne@example.com"}""");
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var targets = ids.Select((id, i) => $$"""
            {"@odata.type":"Microsoft.Dynamics.CRM.dmc_emailactivity","activityid":"{{id}}","subject":"Open: November news",
             "regardingobjectid_contact_dmc_emailactivity@odata.bind":"/contacts({{contact}})","dmc_memberid":"m{{i}}",
             "dmc_campaignmailchimpid":"c1","dmc_action":100000001,"dmc_occurredon":"2026-11-02T09:30:00Z","statecode":1,"statuscode":2}
            """).ToArray();

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, "dmc_emailactivities/Microsoft.Dynamics.CRM.UpsertMultiple", Targets(targets));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(ids.Order(), sandbox.Organization.Rows("dmc_emailactivity").Select(r => r.Id).Order());
        Assert.Equal(ids.Order(), sandbox.Organization.Rows("activitypointer").Select(r => r.Id).Order());
    }

    [Fact]
    // Conformance: "You must specify the @odata.type annotation with every item in the Targets parameter"
    // (webapi/reference/upsertmultiple); Targets is Collection(crmbaseentity), and an untyped item of that abstract type is
    // refused with OData's untyped-value error (the message ActionParameters cites).
    public async Task UpsertMultiple_TargetWithoutODataType_Is400AndWritesNothing()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, Path, Targets(Campaign(Guid.NewGuid(), "c1", "Typed"), Campaign(Guid.NewGuid(), "c2", "Untyped", typed: false)));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Does not support untyped value in non-open type", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Organization.Count("dmc_mailchimpcampaign"));
    }

    [Fact]
    // Conformance: "All the records must be for the same table" (bulk-operations, CreateMultiple example): a target of
    // another type than the set the action is bound to is refused.
    public async Task UpsertMultiple_TargetOfAnotherTable_Is400NamingTheType()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var other = Campaign(Guid.NewGuid(), "c2", "Other").Replace("dmc_mailchimpcampaign\"", "dmc_emailactivity\"", StringComparison.Ordinal);

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, Path, Targets(Campaign(Guid.NewGuid(), "c1", "Right"), other));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'Microsoft.Dynamics.CRM.dmc_emailactivity' was given", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Organization.Count("dmc_mailchimpcampaign"));
    }

    [Fact]
    // Conformance: on a standard table "any error that occurs in a bulk operation ... causes the entire operation to roll
    // back" (bulk-operations, "On Error behavior with standard tables"): a later target breaking the alternate key undoes
    // the earlier ones, and the request answers with that target's error.
    public async Task UpsertMultiple_OneTargetBreaksTheAlternateKey_RollsBackEveryTarget()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var existing = await WebApiClient.CreateAsync(client, "dmc_mailchimpcampaigns", """{"dmc_mailchimpid":"c1","dmc_name":"Before"}""");

        // Act: the first target updates, the second creates a row under another id with the same key value.
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, Path, Targets(Campaign(existing, "c1", "After"), Campaign(Guid.NewGuid(), "c1", "Duplicate")));

        // Assert
        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("Before", NameOf(sandbox, existing));
        Assert.Equal(1, sandbox.Organization.Count("dmc_mailchimpcampaign"));
    }

    [Fact]
    // Conformance: "When more than one record in the Targets parameter is uniquely identified by a primary or alternate
    // key, UpsertMultiple will return an error" (bulk-operations, "Duplicate records in UpsertMultiple Targets parameter").
    public async Task UpsertMultiple_SameKeyTwice_Is400AndWritesNothing()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var id = Guid.NewGuid();

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, Path, Targets(Campaign(id, "c1", "One"), Campaign(id, "c1", "Two")));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(id.ToString(), WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Organization.Count("dmc_mailchimpcampaign"));
    }
}
