using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// GET collections and single rows.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview,
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
/// </summary>
public sealed partial class EntityQueryHandlerTests
{
    private static async Task<(DataverseSandbox Sandbox, HttpClient Client, SeedResult Seed)> CreateSut(DataverseSandboxOptions? options = null)
    {
        var sandbox = await Sandboxes.StartAsync(options);
        var seed = SandboxSeed.Apply(sandbox);
        return (sandbox, sandbox.CreateClient(sandbox.Tokens.ConnectorToken), seed);
    }

    [Fact]
    public async Task Get_FilterSelectOrderBy_ReturnsMatchingRowsWithETags()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync("contacts?$select=firstname,emailaddress1&$filter=endswith(emailaddress1,'contoso-coffee.com') and (firstname eq 'Nancy' or startswith(firstname,'Y'))&$orderby=firstname desc");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = body["value"]!.AsArray();
        Assert.Equal(["Yvonne", "Nancy"], rows.Select(r => r!["firstname"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.Matches("^W/\"[0-9]+\"$", r!["@odata.etag"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.NotNull(r!["contactid"]));
        Assert.Null(rows[0]!["lastname"]);
        Assert.EndsWith("$metadata#contacts(firstname,emailaddress1)", body["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LookupValueFilter_MatchesBoundRows()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync($"contacts?$select=_parentcustomerid_value&$filter=_parentcustomerid_value eq {seed.AccountId}&$count=true");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, body["@odata.count"]!.GetValue<int>());
        Assert.All(body["value"]!.AsArray(), r => Assert.Equal(seed.AccountId.ToString("D"), r!["_parentcustomerid_value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Get_NotAndNull_TranslatesNegationAndNullChecks()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync("lists?$select=listname,dmc_syncenabled,createdfromcode&$filter=not(dmc_audienceid eq null) and dmc_syncenabled eq true and createdfromcode eq 2");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        var row = Assert.Single(body["value"]!.AsArray());
        Assert.Equal(SandboxSeed.ListName, row!["listname"]!.GetValue<string>());
        Assert.True(row["dmc_syncenabled"]!.GetValue<bool>());
        Assert.Equal(2, row["createdfromcode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_SingleRow_ReturnsRowWithETagAndTypedValues()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync($"contacts({seed.ContactIds[0]})");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = sandbox.Organization.Rows("contact").Single(r => r.Id == seed.ContactIds[0]);
        Assert.Equal($"W/\"{stored.RowVersion}\"", body["@odata.etag"]!.GetValue<string>());
        Assert.Equal(0, body["statecode"]!.GetValue<int>());
        Assert.False(body["donotbulkemail"]!.GetValue<bool>());
        Assert.Equal(seed.AccountId.ToString("D"), body["_parentcustomerid_value"]!.GetValue<string>());
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z$", body["createdon"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_IfNoneMatchCurrentETag_Returns304ThenChangedRowReturns200()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var id = seed.ContactIds[1];
        using var first = await client.GetAsync($"contacts({id})?$select=lastname");
        var etag = first.Headers.ETag!.ToString();

        // Act
        using var unchanged = await WebApiClient.SendAsync(client, HttpMethod.Get, $"contacts({id})?$select=lastname", null, ("If-None-Match", etag));
        using var patch = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({id})", """{"lastname":"Stubberød"}""");
        using var changed = await WebApiClient.SendAsync(client, HttpMethod.Get, $"contacts({id})?$select=lastname", null, ("If-None-Match", etag));

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Stubberød", (await WebApiClient.ReadJsonAsync(changed))["lastname"]!.GetValue<string>());
    }
}
