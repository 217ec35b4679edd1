using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Security;

/// <summary>
/// Conformance: the privileges the marketing-list actions and caller headers need. AddMemberList: prvAppendContact,
/// prvAppendToList, prvReadContact, prvReadList … (https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg334794(v=crm.8));
/// RemoveMemberList: prvAppendToList, prvReadList (…/gg334759(v=crm.8)); MSCRM.BypassCustomPluginExecution:
/// prvBypassCustomPlugins (https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic).
/// </summary>
public sealed class ActionPrivilegeRulesTests
{
    private static SecurityRoleDefinition Service => ConnectorRoleSandbox.Service;

    private static Task<(DataverseSandbox Sandbox, HttpClient Connector, SeedResult Seed)> CreateSut(SecurityRoleDefinition role) =>
        ConnectorRoleSandbox.StartAsync(role);

    private static Task<HttpResponseMessage> RemoveAsync(HttpClient client, SeedResult seed) =>
        WebApiClient.SendAsync(client, HttpMethod.Post, $"lists({seed.ListId})/Microsoft.Dynamics.CRM.RemoveMemberList", $$"""{"EntityId":"{{seed.ContactIds[0]}}"}""");

    [Fact]
    public async Task RemoveMemberList_ServiceRole_Succeeds()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut(Service);
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await RemoveAsync(client, seed);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task RemoveMemberList_WithoutAppendToList_Returns403NamingIt()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut(Service.Without("prvAppendToList"));
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await RemoveAsync(client, seed);

        // Assert
        Assert.Contains("is missing prvAppendToList privilege", await ConnectorRoleSandbox.DeniedAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMemberList_ServiceRole_Returns403NamingAppendOnTheMembersTable()
    {
        // Arrange: the job never adds members, so its role may not.
        var (sandbox, client, seed) = await CreateSut(Service);
        await using var _sandbox = sandbox;
        using var _client = client;
        using var admin = sandbox.CreateClient(sandbox.Tokens.AdminToken);
        var contact = await WebApiClient.CreateAsync(admin, "contacts", """{"lastname":"New"}""");

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, $"lists({seed.ListId})/Microsoft.Dynamics.CRM.AddMemberList", $$"""{"EntityId":"{{contact}}"}""");

        // Assert
        Assert.Contains("is missing prvAppendContact privilege", await ConnectorRoleSandbox.DeniedAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_BypassHeaderWithoutPrivilege_Returns403InDataverseShapeNamingTheHeader()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut(Service);
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({seed.ContactIds[0]})", """{"jobtitle":"x"}""", ("MSCRM.BypassCustomPluginExecution", "true"));
        var message = await ConnectorRoleSandbox.DeniedAsync(response);

        // Assert
        Assert.StartsWith($"Principal user (Id={sandbox.Tokens.ConnectorUserId}, type=8, roleCount=1, privilegeCount={Service.Privileges.Count}, accessMode=4), is missing prvBypassCustomPlugins privilege (Id=148a9eaf-d0c4-4196-9852-c3a38e35f6a1)", message, StringComparison.Ordinal);
        Assert.EndsWith("MSCRM.BypassCustomPluginExecution needs it.", message, StringComparison.Ordinal);
    }
}
