using System.Net;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// Caller headers: bypass and impersonation, each honoured with its privilege or refused.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic
/// (MSCRM.BypassBusinessLogicExecution CustomSync/CustomAsync with prvBypassCustomBusinessLogic; step ids, default limit 3;
/// MSCRM.BypassCustomPluginExecution with prvBypassCustomPlugins) and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/impersonate-another-user-web-api
/// (CallerObjectId, MSCRMCallerID; prvActOnBehalfOfAnotherUser).
/// </summary>
public sealed class CallerOptionsFactoryTests
{
    private static async Task<(DataverseSandbox Sandbox, SeedResult Seed)> CreateSut(params string[] connectorPrivileges)
    {
        var sandbox = await Sandboxes.StartAsync(new DataverseSandboxOptions { ConnectorPrivileges = connectorPrivileges });
        var seed = SandboxSeed.Apply(sandbox);
        sandbox.Organization.ClearPluginExecutions();
        return (sandbox, seed);
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, SeedResult seed, params (string Name, string Value)[] headers) =>
        WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({seed.ContactIds[0]})", """{"jobtitle":"Changed"}""", headers);

    [Fact]
    public async Task Patch_BypassBusinessLogicFromConnector_Returns403NamingPrivilege()
    {
        // Arrange
        var (sandbox, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        using var response = await PatchAsync(client, seed, ("MSCRM.BypassBusinessLogicExecution", "CustomSync,CustomAsync"));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("prvBypassCustomBusinessLogic", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Empty(sandbox.Organization.PluginExecutions);
    }

    [Fact]
    public async Task Patch_BypassBusinessLogicSyncAndAsyncFromAdmin_RunsNoPlugins()
    {
        // Arrange
        var (sandbox, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var admin = sandbox.CreateClient(sandbox.Tokens.AdminToken);

        // Act
        using var response = await PatchAsync(admin, seed, ("MSCRM.BypassBusinessLogicExecution", "CustomSync,CustomAsync"));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(sandbox.Organization.PluginExecutions);
    }

    [Fact]
    public async Task Patch_BypassBusinessLogicAsyncOnlyFromAdmin_RunsSynchronousStepsAndQueuesTheChange()
    {
        // Arrange (the docs: CustomAsync skips asynchronous steps only; the connector's steps are synchronous)
        var (sandbox, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var admin = sandbox.CreateClient(sandbox.Tokens.AdminToken);
        var before = sandbox.Organization.Count(TableNames.QueueItem);

        // Act
        using var response = await WebApiClient.SendAsync(admin, HttpMethod.Patch, $"contacts({seed.ContactIds[0]})", """{"emailaddress1":"async.bypass@contoso-coffee.com"}""", ("MSCRM.BypassBusinessLogicExecution", "CustomAsync"));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.NotEmpty(sandbox.Organization.PluginExecutions);
        Assert.Equal(before + 1, sandbox.Organization.Count(TableNames.QueueItem));
    }

    [Fact]
    public async Task Patch_BypassCustomPluginsWithPrivilegeGranted_RunsNoPlugins()
    {
        // Arrange
        var (sandbox, seed) = await CreateSut(Privileges.BypassCustomPlugins);
        await using var _sandbox = sandbox;
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        using var response = await PatchAsync(client, seed, ("MSCRM.BypassCustomPluginExecution", "true"));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(sandbox.Organization.PluginExecutions);
    }

    [Theory]
    [InlineData("MSCRM.BypassBusinessLogicExecutionStepIds", "45e0c603-0d0b-466e-a286-d7fc1cda8361", HttpStatusCode.NotImplemented)]
    [InlineData("MSCRM.BypassBusinessLogicExecution", "All", HttpStatusCode.BadRequest)]
    [InlineData("MSCRM.BypassCustomPluginExecution", "yes", HttpStatusCode.BadRequest)]
    [InlineData("MSCRM.BypassBusinessLogicExecutionStepIds", "45e0c603-0d0b-466e-a286-d7fc1cda8361,d5370603-e4b9-4b92-b765-5966492a4fd7,6f1c1d2e-0000-4000-8000-000000000001,6f1c1d2e-0000-4000-8000-000000000002", HttpStatusCode.BadRequest)]
    [InlineData("MSCRMCallerID", "not-a-guid", HttpStatusCode.BadRequest)]
    public async Task Patch_HeaderTheSandboxCannotHonour_IsRefusedNamingIt(string header, string value, HttpStatusCode expected)
    {
        // Arrange
        var (sandbox, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var admin = sandbox.CreateClient(sandbox.Tokens.AdminToken);

        // Act
        using var response = await PatchAsync(admin, seed, (header, value));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(header, WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Empty(sandbox.Organization.PluginExecutions);
    }

    [Fact]
    public async Task Get_ImpersonationWithoutPrivilege_Returns403NamingPrivilege()
    {
        // Arrange
        var (sandbox, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Get, "WhoAmI", null, ("MSCRMCallerID", sandbox.Tokens.AdminUserId.ToString()));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("prvActOnBehalfOfAnotherUser", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ImpersonationWithPrivilege_RunsAsTheImpersonatedUser()
    {
        // Arrange
        var (sandbox, _) = await CreateSut(Privileges.ActOnBehalfOfAnotherUser);
        await using var _sandbox = sandbox;
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Get, "WhoAmI", null, ("MSCRMCallerID", sandbox.Tokens.AdminUserId.ToString()));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(sandbox.Tokens.AdminUserId, Guid.Parse(body["UserId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Patch_ImpersonatingUnknownUser_Returns404()
    {
        // Arrange
        var (sandbox, seed) = await CreateSut(Privileges.ActOnBehalfOfAnotherUser);
        await using var _sandbox = sandbox;
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        using var response = await PatchAsync(client, seed, ("MSCRMCallerID", Guid.NewGuid().ToString()));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(sandbox.Organization.PluginExecutions);
    }

    [Fact]
    public async Task Patch_ImpersonationByEntraObjectId_Returns501NamingIt()
    {
        // Arrange
        var (sandbox, seed) = await CreateSut(Privileges.ActOnBehalfOfAnotherUser);
        await using var _sandbox = sandbox;
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        using var response = await PatchAsync(client, seed, ("CallerObjectId", "e39c5d16-675b-48d1-8e67-667427e9c084"));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("CallerObjectId", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }
}
