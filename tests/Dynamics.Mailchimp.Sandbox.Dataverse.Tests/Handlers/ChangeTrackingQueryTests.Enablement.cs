using System.Net;
using System.Xml.Linq;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// ChangeTrackingQueryTests: only tables with change tracking enabled, and tokens that expire.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/use-change-tracking-synchronize-data-external-systems
/// ("make sure that the change tracking is enabled for that table"; the Org.OData.Capabilities.V1.ChangeTracking annotation;
/// "Changes are returned if the last token is within a default value of seven days … the system throws an exception").
/// </summary>
public sealed partial class ChangeTrackingQueryTests
{
    private static async Task<string> DeltaLinkAsync(HttpClient client, string url)
    {
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Get, url, null, ("Prefer", "odata.track-changes"));
        return (await WebApiClient.ReadJsonAsync(response))["@odata.deltaLink"]!.GetValue<string>();
    }

    [Fact]
    public async Task Get_TrackChangesOnTableWithoutChangeTracking_Returns400NamingTable()
    {
        // Arrange
        await using var sandbox = await Sandboxes.StartAsync(new DataverseSandboxOptions { ChangeTrackingTables = ["contact"] });
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Get, "leads?$select=lastname", null, ("Prefer", "odata.track-changes"));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'lead'", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_ChangeTrackingTables_AreThoseTheTableDefinitionsEnable()
    {
        // Arrange
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        using var metadata = await client.GetAsync("$metadata");
        var sets = XDocument.Parse(await metadata.Content.ReadAsStringAsync()).Descendants().Where(e => e.Name.LocalName == "EntitySet").ToArray();

        // Assert: solution/src/Entities/dmc_syncqueueitem/Entity.xml and the system tables' definitions set ChangeTrackingEnabled.
        var tracked = sets.Where(s => s.Descendants().Any(a => (string?)a.Attribute("Term") == "Org.OData.Capabilities.V1.ChangeTracking"))
            .Select(s => (string)s.Attribute("Name")!).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("dmc_syncqueueitems", tracked);
        Assert.Contains("contacts", tracked);
        Assert.Contains("leads", tracked);
    }

    [Fact]
    public async Task Get_DeltaLinkOlderThanSevenDays_Returns400Expired()
    {
        // Arrange
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var sandbox = await Sandboxes.StartAsync(new DataverseSandboxOptions { Clock = clock });
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
        var deltaLink = await DeltaLinkAsync(client, "contacts?$select=lastname");
        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Get, deltaLink, null, ("Prefer", "odata.track-changes"));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("expired", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DeltaLinkWithinConfiguredExpiry_IsServed()
    {
        // Arrange
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var sandbox = await Sandboxes.StartAsync(new DataverseSandboxOptions { Clock = clock, ChangeTrackingExpiry = TimeSpan.FromDays(30) });
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
        var deltaLink = await DeltaLinkAsync(client, "contacts?$select=lastname");
        clock.Advance(TimeSpan.FromDays(29));

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Get, deltaLink, null, ("Prefer", "odata.track-changes"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
