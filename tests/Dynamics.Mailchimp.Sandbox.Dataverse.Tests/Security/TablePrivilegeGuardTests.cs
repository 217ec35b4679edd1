using System.Net;
using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Security;

/// <summary>
/// Conformance: table privileges of the connector's security role, checked per operation and refused with 403
/// <c>0x80040220</c> and the message recorded from a real organization, "Principal user (Id=…, type=8, roleCount=…,
/// privilegeCount=…, accessMode=…), is missing prvReadac_articledudossier privilege (Id=…) on OTC=10725 for entity
/// 'ac_articledudossier' (LocalizedName='…'). context.Caller=…" (https://github.com/rappen/FetchXMLBuilder/issues/770).
/// Depth: https://learn.microsoft.com/power-platform/admin/security-roles-privileges.
/// </summary>
public sealed class TablePrivilegeGuardTests
{
    private static SecurityRoleDefinition Service => ConnectorRoleSandbox.Service;

    private static Task<(DataverseSandbox Sandbox, HttpClient Connector, SeedResult Seed)> CreateSut(SecurityRoleDefinition? role = null) =>
        ConnectorRoleSandbox.StartAsync(role ?? Service);

    private static SecurityRoleDefinition Role(params (string Name, PrivilegeDepth Depth)[] privileges) =>
        new(Guid.NewGuid(), "Test", privileges.Select(p => new RolePrivilegeDefinition(p.Name, p.Depth)).ToArray());

    private static Task<string> DeniedAsync(HttpResponseMessage response) => ConnectorRoleSandbox.DeniedAsync(response);

    [Fact(DisplayName = "Get_ReadPrivilegeRemoved_Returns403WithDataverseMessage (shape of rappen/FetchXMLBuilder#770)")]
    public async Task Get_ReadPrivilegeRemoved_Returns403WithDataverseMessage()
    {
        // Arrange
        var role = Service.Without("prvReadContact");
        var (sandbox, client, _) = await CreateSut(role);
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync("contacts?$select=lastname");
        var message = await DeniedAsync(response);

        // Assert
        var user = sandbox.Tokens.ConnectorUserId;
        var expected = $@"^Principal user \(Id={user}, type=8, roleCount=1, privilegeCount={role.Privileges.Count}, accessMode=4\), is missing prvReadContact privilege \(Id=[0-9a-f-]{{36}}\) on OTC=2 for entity 'contact'\. context\.Caller={user}$";
        Assert.Matches(new Regex(expected), message);
    }

    [Fact]
    public async Task Get_ServiceRole_ReadsTheTablesTheJobReads()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var contacts = await client.GetAsync("contacts?$select=lastname");
        using var queue = await client.GetAsync("dmc_syncqueueitems?$select=dmc_name");
        using var list = await client.GetAsync($"lists({seed.ListId})?$select=listname");

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { contacts.StatusCode, queue.StatusCode, list.StatusCode });
    }

    [Fact]
    public async Task Post_DefaultOptionsCreateNotGranted_Returns403NamingPrvCreateAndWritesNothing()
    {
        // Arrange: without ConnectorRoles the connector holds the solution's service role, which creates no contacts.
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
        var before = sandbox.Organization.Rows("contact").Count;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, "contacts", """{"lastname":"Nope"}""");
        var message = await DeniedAsync(response);

        // Assert
        Assert.Contains("is missing prvCreateContact privilege", message, StringComparison.Ordinal);
        Assert.Equal(before, sandbox.Organization.Rows("contact").Count);
    }

    [Fact]
    public async Task Patch_WriteRemoved_Returns403NamingPrvWrite()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut(Service.Without("prvWriteContact"));
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({seed.ContactIds[0]})", """{"jobtitle":"x"}""", ("If-Match", "*"));

        // Assert
        Assert.Contains("is missing prvWriteContact privilege", await DeniedAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_ServiceRole_Returns403NamingPrvDeleteOnTheCustomTable()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        using var admin = sandbox.CreateClient(sandbox.Tokens.AdminToken);
        var id = await WebApiClient.CreateAsync(admin, "dmc_syncstates", """{"dmc_name":"lease:push"}""");

        // Act
        using var response = await client.DeleteAsync($"dmc_syncstates({id})");

        // Assert: custom tables get an object type code from 10,000.
        Assert.Matches(new Regex(@"is missing prvDeletedmc_syncstate privilege \(Id=[0-9a-f-]{36}\) on OTC=1\d{4} for entity 'dmc_syncstate'"), await DeniedAsync(response));
    }

    [Theory]
    [InlineData("prvAppenddmc_consentevent")]
    [InlineData("prvAppendToContact")]
    public async Task Post_LookupWithoutAppendOrAppendTo_Returns403NamingIt(string removed)
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut(Service.Without(removed));
        await using var _sandbox = sandbox;
        using var _client = client;
        var body = $$"""{"dmc_name":"x","dmc_contactid@odata.bind":"/contacts({{seed.ContactIds[0]}})"}""";

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, "dmc_consentevents", body);

        // Assert
        Assert.Contains($"is missing {removed} privilege", await DeniedAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FetchXmlLinkingATableWithoutRead_Returns403NamingTheLinkedTable()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut(Service.Without("prvReadLead"));
        await using var _sandbox = sandbox;
        using var _client = client;
        var fetch = $"""<fetch><entity name="listmember"><attribute name="entityid" /><filter><condition attribute="listid" operator="eq" value="{seed.ListId}" /></filter><link-entity name="lead" from="leadid" to="entityid" link-type="outer" alias="l"><attribute name="emailaddress1" /></link-entity></entity></fetch>""";

        // Act
        using var response = await client.GetAsync("listmembers?fetchXml=" + Uri.EscapeDataString(fetch));

        // Assert
        Assert.Contains("is missing prvReadLead privilege", await DeniedAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_BasicDepth_WritesTheUsersOwnActivityButNotAnothers()
    {
        // Arrange: Basic reaches the rows the user owns, i.e. created.
        var (sandbox, client, _) = await CreateSut(Role(("prvCreateActivity", PrivilegeDepth.Basic), ("prvWriteActivity", PrivilegeDepth.Basic)));
        await using var _sandbox = sandbox;
        using var _client = client;
        using var admin = sandbox.CreateClient(sandbox.Tokens.AdminToken);
        const string Body = """{"subject":"Open","dmc_memberid":"m1","dmc_campaignmailchimpid":"c1","dmc_action":100000001,"dmc_occurredon":"2026-11-02T09:30:00Z"}""";
        var own = await WebApiClient.CreateAsync(client, "dmc_emailactivities", Body);
        var others = await WebApiClient.CreateAsync(admin, "dmc_emailactivities", Body.Replace("m1", "m2", StringComparison.Ordinal));

        // Act
        using var ownUpdate = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"dmc_emailactivities({own})", """{"subject":"Mine"}""");
        using var otherUpdate = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"dmc_emailactivities({others})", """{"subject":"Theirs"}""");

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, ownUpdate.StatusCode);
        Assert.Contains("is missing prvWriteActivity privilege", await DeniedAsync(otherUpdate), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prvReadContact", "contacts?$select=lastname", 0)]
    [InlineData("prvReaddmc_syncqueueitem", "dmc_syncqueueitems?$select=dmc_name", 1)]
    public async Task Get_QueryAtBasicDepth_FollowsTheTablesOwnership(string privilege, string query, int minimumRows)
    {
        // Arrange: on an organization-owned table any level reaches every row; on a user-owned one only the user's rows
        // (the seeded contacts are not the connector's: none). OwnedRowsFilterTests covers the user's own rows.
        var (sandbox, client, _) = await CreateSut(Role((privilege, PrivilegeDepth.Basic)));
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync(query);
        var rows = (await WebApiClient.ReadJsonAsync(response))["value"]!.AsArray().Count;

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(minimumRows == 0 ? rows == 0 : rows >= minimumRows, $"{rows} row(s)");
    }

    [Fact]
    public async Task Post_BatchPartWithoutPrivilege_AnswersThatPart403()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut(Service.Without("prvReadAccount"));
        await using var _sandbox = sandbox;
        using var _client = client;
        var body = new BatchBody()
            .Operation("GET", $"contacts({seed.ContactIds[0]})?$select=lastname")
            .Operation("GET", $"accounts({seed.AccountId})?$select=name");
        using var request = new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = body.ToContent() };
        request.Headers.Add("Prefer", "odata.continue-on-error");

        // Act
        using var response = await client.SendAsync(request);
        var statuses = await BatchAnswer.StatusesAsync(response);

        // Assert
        Assert.Equal([200, 403], statuses);
    }
}
