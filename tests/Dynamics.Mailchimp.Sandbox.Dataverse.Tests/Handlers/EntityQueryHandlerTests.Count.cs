using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// EntityQueryHandlerTests: $count.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/count-rows ("@odata.count"
/// counts at most 5,000 rows).
/// </summary>
public sealed partial class EntityQueryHandlerTests
{
    [Fact]
    public async Task Get_CountOverMoreThan5000Rows_Caps5000()
    {
        // Arrange
        await using var sandbox = await Sandboxes.StartAsync(new DataverseSandboxOptions { MaxPageSize = 10 });
        SandboxSeed.AddContacts(sandbox.Organization, sandbox.Tokens.AdminUserId, 5001);
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        using var response = await client.GetAsync("contacts?$select=lastname&$count=true");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5000, body["@odata.count"]!.GetValue<int>());
        Assert.Equal(10, body["value"]!.AsArray().Count);
    }
}
