using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Schema;

/// <summary>
/// The sync job's own tables (Sync State, Mailchimp Audience Setting, Mailchimp Merge Field Mapping) served by the
/// Dataverse sandbox straight from solution/src, as the job will use them.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api,
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-entity-using-web-api and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api
/// (If-Match with a stale ETag: 412, "version of the existing record doesn't match").
/// </summary>
public sealed class ConnectorTablesTests
{
    private const string LeaseColumns = "dmc_name,dmc_leaseowner,dmc_leaseexpireson,dmc_value";

    private static async Task<(DataverseSandbox Sandbox, HttpClient Client)> CreateSut()
    {
        var sandbox = await Sandboxes.StartAsync();
        return (sandbox, sandbox.CreateClient(sandbox.Tokens.AdminToken));
    }

    [Theory]
    [InlineData("dmc_syncstates")]
    [InlineData("dmc_audiencesettings")]
    [InlineData("dmc_mergefieldmappings")]
    public async Task Get_EmptyConnectorTable_Returns200WithNoRows(string entitySet)
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync(entitySet);
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body["value"]!.AsArray());
    }

    [Fact]
    public async Task Post_SyncState_StoresEveryColumnAndReadsItBackByName()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        var id = await WebApiClient.CreateAsync(client, "dmc_syncstates", """{"dmc_name":"checkpoint:members:a1b2c3d4e5","dmc_leaseowner":"host-1/4242/run-7","dmc_leaseexpireson":"2026-11-29T14:05:00Z","dmc_value":"{\"since\":\"2026-11-28T00:00:00Z\"}"}""");
        using var response = await client.GetAsync($"dmc_syncstates?$select={LeaseColumns}&$filter=dmc_name eq 'checkpoint:members:a1b2c3d4e5'");
        var row = (await WebApiClient.ReadJsonAsync(response))["value"]!.AsArray().Single()!;

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id.ToString("D"), row["dmc_syncstateid"]!.GetValue<string>());
        Assert.Equal("host-1/4242/run-7", row["dmc_leaseowner"]!.GetValue<string>());
        Assert.Equal("2026-11-29T14:05:00Z", row["dmc_leaseexpireson"]!.GetValue<string>());
        Assert.Equal("""{"since":"2026-11-28T00:00:00Z"}""", row["dmc_value"]!.GetValue<string>());
        var stored = sandbox.Organization.Rows("dmc_syncstate").Single();
        Assert.Equal(new DateTime(2026, 11, 29, 14, 5, 0, DateTimeKind.Utc), stored["dmc_leaseexpireson"]);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)stored["dmc_leaseexpireson"]).Kind);
    }

    [Fact]
    public async Task Patch_LeaseWithStaleETag_SecondInstanceGets412AndFirstKeepsTheLease()
    {
        // Arrange: both job instances read the free lease row and its ETag, then both try to take it.
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        client.Dispose();
        using var first = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
        using var second = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
        var id = await WebApiClient.CreateAsync(first, "dmc_syncstates", """{"dmc_name":"lease:push"}""");
        using var read = await second.GetAsync($"dmc_syncstates({id})?$select={LeaseColumns}");
        var etag = (await WebApiClient.ReadJsonAsync(read))["@odata.etag"]!.GetValue<string>();

        // Act
        using var taken = await WebApiClient.SendAsync(first, HttpMethod.Patch, $"dmc_syncstates({id})", """{"dmc_leaseowner":"host-1/1/run-a","dmc_leaseexpireson":"2026-11-29T14:10:00Z"}""", ("If-Match", etag));
        using var refused = await WebApiClient.SendAsync(second, HttpMethod.Patch, $"dmc_syncstates({id})", """{"dmc_leaseowner":"host-2/2/run-b","dmc_leaseexpireson":"2026-11-29T14:10:30Z"}""", ("If-Match", etag));
        var error = await WebApiClient.ReadJsonAsync(refused);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, taken.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal("0x80060882", WebApiClient.ErrorCode(error));
        var stored = sandbox.Organization.Rows("dmc_syncstate").Single();
        Assert.Equal("host-1/1/run-a", stored["dmc_leaseowner"]);
        Assert.NotEqual(etag, $"W/\"{stored.RowVersion}\"");
    }

    [Fact]
    public async Task Post_AudienceSetting_StoresChoicesAndOmittedYesNoReadsNo()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        var id = await WebApiClient.CreateAsync(client, "dmc_audiencesettings", """{"dmc_name":"Newsletter","dmc_audienceid":"a1b2c3d4e5","dmc_newmemberstatus":100000001,"dmc_leaveaction":100000001}""");
        using var response = await client.GetAsync($"dmc_audiencesettings({id})?$select=dmc_audienceid,dmc_newmemberstatus,dmc_leaveaction,dmc_repermission,dmc_blockbulkemailoncleaned");
        var row = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("a1b2c3d4e5", row["dmc_audienceid"]!.GetValue<string>());
        Assert.Equal(100000001, row["dmc_newmemberstatus"]!.GetValue<int>());
        Assert.Equal(100000001, row["dmc_leaveaction"]!.GetValue<int>());
        Assert.False(row["dmc_repermission"]!.GetValue<bool>());
        Assert.False(row["dmc_blockbulkemailoncleaned"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Post_AudienceSettingWithUnknownChoice_Returns400AndCreatesNothing()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.PostAsync("dmc_audiencesettings", WebApiClient.Json("""{"dmc_name":"Newsletter","dmc_audienceid":"a1b2c3d4e5","dmc_leaveaction":100000002}"""));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dmc_leaveaction", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Empty(sandbox.Organization.Rows("dmc_audiencesetting"));
    }

    [Fact]
    public async Task Post_MergeFieldMapping_StoresTheMapping()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        var id = await WebApiClient.CreateAsync(client, "dmc_mergefieldmappings", """{"dmc_name":"Business Phone to PHONE","dmc_audienceid":"a1b2c3d4e5","dmc_membertable":100000000,"dmc_column":"telephone1","dmc_mergetag":"PHONE"}""");

        // Assert
        var stored = sandbox.Organization.Rows("dmc_mergefieldmapping").Single();
        Assert.Equal(id, stored.Id);
        Assert.Equal(new OptionSetValue(100000000), stored["dmc_membertable"]);
        Assert.Equal(("telephone1", "PHONE"), (stored["dmc_column"], stored["dmc_mergetag"]));
    }

    [Fact]
    public async Task Post_MergeTagOverTenCharacters_Returns400NamingTheColumn()
    {
        // Arrange: Mailchimp merge tags are at most 10 characters (https://github.com/mailchimp/mc-magento/issues/1140),
        // so the column holds 10 and Dataverse refuses more (0x80044331, the length of the attribute exceeded the maximum).
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.PostAsync("dmc_mergefieldmappings", WebApiClient.Json("""{"dmc_name":"Too long","dmc_audienceid":"a1b2c3d4e5","dmc_membertable":100000001,"dmc_column":"companyname","dmc_mergetag":"COMPANYNAME"}"""));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("0x80044331", WebApiClient.ErrorCode(body));
        Assert.Contains("'dmc_mergetag'", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Empty(sandbox.Organization.Rows("dmc_mergefieldmapping"));
    }
}
