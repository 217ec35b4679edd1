using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

/// <summary>A seeded sandbox whose connector token holds a given role, and the check of a privilege refusal.</summary>
internal static class ConnectorRoleSandbox
{
    /// <summary>The solution's "Mailchimp Sync Service" role.</summary>
    public static SecurityRoleDefinition Service { get; } = SecurityRoleCatalog.FromSolution().Get(SecurityRoleNames.SyncService);

    public static async Task<(DataverseSandbox Sandbox, HttpClient Connector, SeedResult Seed)> StartAsync(SecurityRoleDefinition role)
    {
        var sandbox = await Sandboxes.StartAsync(new DataverseSandboxOptions { ConnectorRoles = [role] });
        return (sandbox, sandbox.CreateClient(sandbox.Tokens.ConnectorToken), SandboxSeed.Apply(sandbox));
    }

    /// <summary>Asserts 403 with <c>0x80040220</c> (PrivilegeDenied) and returns the message.</summary>
    public static async Task<string> DeniedAsync(HttpResponseMessage response)
    {
        var body = await WebApiClient.ReadJsonAsync(response);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("0x80040220", WebApiClient.ErrorCode(body));
        return WebApiClient.ErrorMessage(body);
    }
}
