using System.Net;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>Change tracking. Contract: https://learn.microsoft.com/power-apps/developer/data-platform/use-change-tracking-synchronize-data-external-systems</summary>
public sealed class DataverseClientChangeTrackingTests
{
    private const string DeltaLink1 = ClientHost.ServiceRoot + "contacts?$select=fullname&$deltatoken=919042%2108%2f22%2f2017%2008%3a10%3a44";
    private const string DeltaLink2 = ClientHost.ServiceRoot + "contacts?$select=fullname&$deltatoken=919058%2108%2f22%2f2017%2008%3a21%3a20";

    private static ClientHost CreateSut() => ClientHost.Create(o => o.MaxPageSize = 500);

    [Fact]
    public async Task TrackChangesAsync_InitialRead_SendsTrackChangesAndReturnsDeltaLink()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.OK, $$"""{"value":[{"fullname":"Ada","contactid":"{{Guid.NewGuid()}}"}],"@odata.deltaLink":"{{DeltaLink1}}"}""");

        // Act
        var pages = await host.Client.TrackChangesAsync("contacts", ["fullname"], null, CancellationToken.None).ToListAsync();

        // Assert
        var page = Assert.Single(pages);
        Assert.Single(page.Changed);
        Assert.Empty(page.DeletedIds);
        Assert.Equal(DeltaLink1, page.DeltaLink);
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(ClientHost.ServiceRoot + "contacts?$select=fullname", request.Uri.AbsoluteUri);
        Assert.Contains("odata.track-changes", request.Header("Prefer"), StringComparison.Ordinal);
        Assert.Contains("odata.maxpagesize=500", request.Header("Prefer"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrackChangesAsync_DeltaLink_ReturnsChangedDeletedAndNewLink()
    {
        // Arrange
        var deleted = Guid.Parse("7d9f4d0e-0000-0000-0000-000000000001");
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.OK, $$"""
            {"@odata.context":"{{ClientHost.ServiceRoot}}$metadata#contacts(fullname)/$delta",
             "value":[{"@odata.etag":"W/\"5\"","fullname":"Ada L","contactid":"{{Guid.NewGuid()}}"}],
             "@odata.nextLink":"{{ClientHost.ServiceRoot}}contacts?$select=fullname&$skiptoken=2"}
            """);
        host.Handler.EnqueueJson(HttpStatusCode.OK, $$"""
            {"value":[{"@odata.context":"{{ClientHost.ServiceRoot}}$metadata#contacts/$deletedEntity","id":"{{deleted}}","reason":"deleted"}],
             "@odata.deltaLink":"{{DeltaLink2}}"}
            """);

        // Act
        var pages = await host.Client.TrackChangesAsync("contacts", ["fullname"], DeltaLink1, CancellationToken.None).ToListAsync();

        // Assert
        Assert.Equal(2, pages.Count);
        Assert.Equal("Ada L", Assert.Single(pages[0].Changed).GetProperty("fullname").GetString());
        Assert.Null(pages[0].DeltaLink);
        Assert.Equal(deleted, Assert.Single(pages[1].DeletedIds));
        Assert.Empty(pages[1].Changed);
        Assert.Equal(DeltaLink2, pages[1].DeltaLink);
        Assert.Equal(DeltaLink1, host.Handler.Requests[0].Uri.OriginalString);
    }

    [Fact]
    public void TrackChangesAsync_ForeignDeltaLink_ThrowsArgumentException()
    {
        // Arrange
        using var host = CreateSut();

        // Act
        var error = Assert.Throws<ArgumentException>(() => host.Client.TrackChangesAsync("contacts", ["fullname"], "https://other.example.com/x", CancellationToken.None));

        // Assert
        Assert.Equal("deltaLink", error.ParamName);
        Assert.Empty(host.Handler.Requests);
    }
}
