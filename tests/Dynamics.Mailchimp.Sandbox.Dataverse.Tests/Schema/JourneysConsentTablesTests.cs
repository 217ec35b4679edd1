using System.ComponentModel.DataAnnotations;
using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Schema;

/// <summary>
/// <see cref="DataverseSandboxOptions.JourneysConsent"/>: an org with Customer Insights – Journeys serves the contact point
/// consent table to the connector; a default org answers its entity set as Dataverse answers an unknown one.
/// Conformance: https://learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_contactpointconsent4
/// (entity set msdynmkt_contactpointconsent4s, choices) and the Web API's 404 "Resource not found for the segment"
/// for a name the org does not have (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors).
/// </summary>
public sealed class JourneysConsentTablesTests
{
    private static async Task<(DataverseSandbox Sandbox, HttpClient Client)> CreateSut(bool journeys)
    {
        var sandbox = await Sandboxes.StartAsync(new DataverseSandboxOptions { JourneysConsent = journeys });
        return (sandbox, sandbox.CreateClient(sandbox.Tokens.ConnectorToken));
    }

    [Fact]
    public async Task Get_ConsentsInADefaultOrg_Returns404ForTheSegment()
    {
        // Arrange
        var (sandbox, client) = await CreateSut(journeys: false);
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync("msdynmkt_contactpointconsent4s?$select=msdynmkt_contactpointconsent4id&$top=1");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("msdynmkt_contactpointconsent4s", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ConsentAsTheConnectorInAJourneysOrg_CreatesItBoundToThePurpose()
    {
        // Arrange
        var (sandbox, client) = await CreateSut(journeys: true);
        await using var _sandbox = sandbox;
        using var _client = client;
        using var admin = sandbox.CreateClient(sandbox.Tokens.AdminToken);
        var purpose = await WebApiClient.CreateAsync(admin, "msdynmkt_purposes", """{"msdynmkt_name":"Newsletter","msdynmkt_type":534120000,"msdynmkt_enforcementmodel":534120000}""");

        // Act
        var id = await WebApiClient.CreateAsync(client, "msdynmkt_contactpointconsent4s", $$"""{"msdynmkt_contactpointvalue":"ada@example.org","msdynmkt_contactpointtype":534120000,"msdynmkt_contactpointconsenttype":534120000,"msdynmkt_value":534120002,"msdynmkt_source":534120000,"msdynmkt_logicalreason":534119999,"msdynmkt_purposeid@odata.bind":"/msdynmkt_purposes({{purpose}})"}""");
        using var response = await client.GetAsync($"msdynmkt_contactpointconsent4s({id})?$select=msdynmkt_value,_msdynmkt_purposeid_value");
        var row = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(534120002, row["msdynmkt_value"]!.GetValue<int>());
        Assert.Equal(purpose.ToString("D"), row["_msdynmkt_purposeid_value"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartAsync_JourneysWithAnOrganizationLackingTheTable_FailsNamingIt()
    {
        // Arrange
        var options = new DataverseSandboxOptions { JourneysConsent = true, Organization = new InMemoryOrganization() };

        // Act
        var error = await Assert.ThrowsAsync<ValidationException>(() => Sandboxes.StartAsync(options));

        // Assert
        Assert.Contains("msdynmkt_contactpointconsent4", error.Message, StringComparison.Ordinal);
    }
}
