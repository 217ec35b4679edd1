using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>EntityWriteHandlerTests: bypass.</summary>
public sealed partial class EntityWriteHandlerTests
{
    [Fact]
    public async Task Patch_BypassHeaderFromConnector_Returns403NamingPrivilege()
    {
        // Arrange
        var (sandbox, admin, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        admin.Dispose();
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({seed.ContactIds[0]})", """{"jobtitle":"x"}""", ("MSCRM.BypassCustomPluginExecution", "true"));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert (https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic)
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("prvBypassCustomPlugins", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_BypassHeaderFromAdmin_RunsNoPlugins()
    {
        // Arrange
        var (sandbox, _, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var admin = sandbox.CreateClient(sandbox.Tokens.AdminToken);
        sandbox.Organization.ClearPluginExecutions();

        // Act
        using var response = await WebApiClient.SendAsync(admin, HttpMethod.Patch, $"contacts({seed.ContactIds[0]})", """{"emailaddress1":"changed@contoso-coffee.com"}""", ("MSCRM.BypassCustomPluginExecution", "true"));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(sandbox.Organization.PluginExecutions);
    }
}
