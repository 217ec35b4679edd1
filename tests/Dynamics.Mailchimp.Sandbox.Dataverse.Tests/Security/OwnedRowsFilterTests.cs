using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Security;

/// <summary>
/// Conformance: a query by a user holding the table's Read privilege at Basic (user) level returns only the rows the
/// user owns, "User (Basic): the user can access records they own"
/// (https://learn.microsoft.com/power-platform/admin/security-roles-privileges, access levels); the creator of a row
/// owns it. Email activities (a custom activity table) use the activity privileges (prvReadActivity).
/// </summary>
public sealed class OwnedRowsFilterTests
{
    private const string Set = "dmc_emailactivities";

    private static async Task<(DataverseSandbox Sandbox, HttpClient Connector, HttpClient Admin)> CreateSut(PrivilegeDepth readDepth = PrivilegeDepth.Basic, params (string Name, PrivilegeDepth Depth)[] extra)
    {
        (string Name, PrivilegeDepth Depth)[] privileges = [("prvCreateActivity", PrivilegeDepth.Basic), ("prvReadActivity", readDepth), .. extra];
        var role = new SecurityRoleDefinition(Guid.NewGuid(), "Test", privileges.Select(p => new RolePrivilegeDefinition(p.Name, p.Depth)).ToArray());
        var (sandbox, connector, _) = await ConnectorRoleSandbox.StartAsync(role);
        return (sandbox, connector, sandbox.CreateClient(sandbox.Tokens.AdminToken));
    }

    private static Task<Guid> CreateActivityAsync(HttpClient client, string memberId) =>
        WebApiClient.CreateAsync(client, Set, $$"""{"subject":"Open","dmc_memberid":"{{memberId}}","dmc_campaignmailchimpid":"c1","dmc_action":100000001,"dmc_occurredon":"2026-11-02T09:30:00Z"}""");

    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(query);
        return (response.StatusCode, await WebApiClient.ReadJsonAsync(response));
    }

    private static string[] MemberIds(JsonObject body) =>
        body["value"]!.AsArray().Select(row => row!["dmc_memberid"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();

    private static string Fetch(string inner = "") =>
        "?fetchXml=" + Uri.EscapeDataString($"""<fetch><entity name="dmc_emailactivity"><attribute name="dmc_memberid" /><filter><condition attribute="dmc_memberid" operator="like" value="m%" /></filter>{inner}</entity></fetch>""");

    [Fact(DisplayName = "Get_FilterQueryAtBasicDepth_ReturnsOnlyTheCallersRows (learn.microsoft.com/power-platform/admin/security-roles-privileges, User (Basic))")]
    public async Task Get_FilterQueryAtBasicDepth_ReturnsOnlyTheCallersRows()
    {
        // Arrange: two rows the connector created (it owns them) and one another user created.
        var (sandbox, connector, admin) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _connector = connector;
        using var _admin = admin;
        await CreateActivityAsync(connector, "m1");
        await CreateActivityAsync(connector, "m2");
        await CreateActivityAsync(admin, "m3");

        // Act
        var (status, body) = await GetAsync(connector, $"{Set}?$select=dmc_memberid&$filter=dmc_campaignmailchimpid eq 'c1'&$count=true");

        // Assert: the count is of the caller's rows too.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["m1", "m2"], MemberIds(body));
        Assert.Equal(2, body["@odata.count"]!.GetValue<int>());
    }

    [Theory(DisplayName = "Get_FetchXmlQuery_ReturnsTheRowsTheReadDepthReaches (learn.microsoft.com/power-platform/admin/security-roles-privileges, User (Basic) and Organization (Global))")]
    [InlineData(PrivilegeDepth.Basic, "m1", "m2", "m1")]
    [InlineData(PrivilegeDepth.Basic, "", "m1", "")]
    [InlineData(PrivilegeDepth.Global, "m1", "m2", "m1,m2")]
    public async Task Get_FetchXmlQuery_ReturnsTheRowsTheReadDepthReaches(PrivilegeDepth depth, string connectorRows, string otherUsersRows, string expected)
    {
        // Arrange: rows the connector created (it owns them) and rows another user created.
        var (sandbox, connector, admin) = await CreateSut(depth);
        await using var _sandbox = sandbox;
        using var _connector = connector;
        using var _admin = admin;
        foreach (var (client, members) in new[] { (connector, connectorRows), (admin, otherUsersRows) })
        {
            foreach (var member in members.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                await CreateActivityAsync(client, member);
            }
        }

        // Act
        var (status, body) = await GetAsync(connector, Set + Fetch());

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), MemberIds(body));
    }

    [Fact]
    public async Task Get_LinkedTableAtBasicDepth_Returns501NamingIt()
    {
        // Arrange: the sandbox filters by owner only the main table; a linked one read at Basic is not implemented.
        var (sandbox, connector, admin) = await CreateSut(PrivilegeDepth.Basic, ("prvReaddmc_mailchimpcampaign", PrivilegeDepth.Global));
        await using var _sandbox = sandbox;
        using var _connector = connector;
        using var _admin = admin;
        var fetch = """<fetch><entity name="dmc_mailchimpcampaign"><attribute name="dmc_name" /><link-entity name="dmc_emailactivity" from="dmc_campaign" to="dmc_mailchimpcampaignid" alias="a"><attribute name="dmc_memberid" /></link-entity></entity></fetch>""";

        // Act
        var (status, body) = await GetAsync(connector, "dmc_mailchimpcampaigns?fetchXml=" + Uri.EscapeDataString(fetch));

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, status);
        Assert.Contains("'dmc_emailactivity'", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Contains("prvReadActivity at Basic", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ChangeTrackingAtBasicDepth_Returns501()
    {
        // Arrange
        var (sandbox, connector, admin) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _connector = connector;
        using var _admin = admin;

        // Act
        using var response = await WebApiClient.SendAsync(connector, HttpMethod.Get, $"{Set}?$select=dmc_memberid", null, ("Prefer", "odata.track-changes"));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("Change tracking of 'dmc_emailactivity'", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }
}
