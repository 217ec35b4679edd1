using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// Change tracking.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/use-change-tracking-synchronize-data-external-systems
/// </summary>
public sealed partial class ChangeTrackingQueryTests
{
    private static async Task<(DataverseSandbox Sandbox, HttpClient Client, SeedResult Seed)> CreateSut()
    {
        var sandbox = await Sandboxes.StartAsync();
        var seed = SandboxSeed.Apply(sandbox);
        return (sandbox, sandbox.CreateClient(sandbox.Tokens.AdminToken), seed);
    }

    [Fact]
    public async Task Get_TrackChangesThenDeltaLink_ReturnsChangedAndDeletedRows()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var initialIds = new List<string>();
        string? next = "contacts?$select=lastname";
        string? deltaLink = null;
        while (next is not null)
        {
            using var page = await WebApiClient.SendAsync(client, HttpMethod.Get, next, null, ("Prefer", "odata.track-changes,odata.maxpagesize=3"));
            var pageBody = await WebApiClient.ReadJsonAsync(page);
            initialIds.AddRange(pageBody["value"]!.AsArray().Select(r => r!["contactid"]!.GetValue<string>()));
            next = pageBody["@odata.nextLink"]?.GetValue<string>();
            deltaLink = pageBody["@odata.deltaLink"]?.GetValue<string>();
        }

        using var update = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({seed.ContactIds[0]})", """{"lastname":"Renamed"}""");
        using var delete = await WebApiClient.SendAsync(client, HttpMethod.Delete, $"contacts({seed.ContactIds[1]})");
        var created = await WebApiClient.CreateAsync(client, "contacts", """{"lastname":"Newcomer"}""");

        // Act
        using var delta = await WebApiClient.SendAsync(client, HttpMethod.Get, deltaLink!, null, ("Prefer", "odata.track-changes"));
        var body = await WebApiClient.ReadJsonAsync(delta);

        // Assert
        Assert.Equal(4, initialIds.Count);
        Assert.Equal(HttpStatusCode.OK, delta.StatusCode);
        var rows = body["value"]!.AsArray();
        var changed = rows.Where(r => r!["contactid"] is not null).Select(r => Guid.Parse(r!["contactid"]!.GetValue<string>())).ToArray();
        var deleted = rows.Where(r => r!["@odata.context"]?.GetValue<string>().EndsWith("$deletedEntity", StringComparison.Ordinal) == true)
            .Select(r => Guid.Parse(r!["id"]!.GetValue<string>())).ToArray();
        Assert.Equal([seed.ContactIds[0], created], changed);
        Assert.Equal([seed.ContactIds[1]], deleted);
        Assert.NotNull(body["@odata.deltaLink"]);
    }

    [Fact]
    public async Task Get_TrackChangesWithFilter_Returns400()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Get, "contacts?$select=lastname&$filter=lastname eq 'x'", null, ("Prefer", "odata.track-changes"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
