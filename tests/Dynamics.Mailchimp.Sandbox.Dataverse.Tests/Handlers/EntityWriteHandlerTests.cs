using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// Create, update/upsert and delete with conditions.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api,
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api
/// </summary>
public sealed partial class EntityWriteHandlerTests
{
    private static async Task<(DataverseSandbox Sandbox, HttpClient Client, SeedResult Seed)> CreateSut()
    {
        var sandbox = await Sandboxes.StartAsync();
        var seed = SandboxSeed.Apply(sandbox);
        return (sandbox, sandbox.CreateClient(sandbox.Tokens.AdminToken), seed);
    }

    private static Entity Stored(DataverseSandbox sandbox, string table, Guid id) => sandbox.Organization.Rows(table).Single(r => r.Id == id);

    [Fact]
    public async Task Post_Contact_Returns204WithODataEntityIdAndBindsLookup()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.PostAsync("contacts", WebApiClient.Json($$"""{"firstname":"Ada","lastname":"Lovelace","emailaddress1":"ada@example.test","donotbulkemail":true,"parentcustomerid_account@odata.bind":"/accounts({{seed.AccountId}})"}"""));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var entityId = response.Headers.GetValues("OData-EntityId").Single();
        Assert.StartsWith(sandbox.BaseAddress + "contacts(", entityId, StringComparison.Ordinal);
        var id = Guid.Parse(entityId[(entityId.LastIndexOf('(') + 1)..^1]);
        var row = Stored(sandbox, "contact", id);
        Assert.Equal("ada@example.test", row["emailaddress1"]);
        Assert.Equal(true, row["donotbulkemail"]);
        Assert.Equal(new EntityReference("account", seed.AccountId), row["parentcustomerid"]);
        Assert.Equal(sandbox.Tokens.AdminUserId, ((EntityReference)row["createdby"]).Id);
    }

    [Fact]
    public async Task Post_ReturnRepresentation_Returns201WithSelectedBody()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, "contacts?$select=fullname,emailaddress1", """{"firstname":"Grace","lastname":"Hopper","emailaddress1":"grace@example.test"}""", ("Prefer", "return=representation"));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Grace Hopper", body["fullname"]!.GetValue<string>());
        Assert.Equal("return=representation", response.Headers.GetValues("Preference-Applied").Single());
        Assert.Matches("^W/\"[0-9]+\"$", body["@odata.etag"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_UnknownProperty_Returns400NamingIt()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.PostAsync("contacts", WebApiClient.Json("""{"lastname":"X","shoesize":44}"""));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'shoesize' does not exist on type 'Microsoft.Dynamics.CRM.contact'", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_MissingId_CreatesTheRow()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var id = Guid.NewGuid();

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({id})", """{"lastname":"Upserted"}""");

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("Upserted", Stored(sandbox, "contact", id)["lastname"]);
    }
}
