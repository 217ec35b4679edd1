using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>EntityWriteHandlerTests: conditions.</summary>
public sealed partial class EntityWriteHandlerTests
{
    [Fact]
    public async Task Patch_IfMatchStarOnMissingRow_Returns404AndCreatesNothing()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var id = Guid.NewGuid();

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({id})", """{"lastname":"Nope"}""", ("If-Match", "*"));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(sandbox.Organization.Rows("contact"), r => r.Id == id);
    }

    [Fact]
    public async Task Patch_IfNoneMatchStarOnExistingRow_Returns412AndUpdatesNothing()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({seed.ContactIds[0]})", """{"lastname":"Changed"}""", ("If-None-Match", "*"));

        // Assert
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("McKay", Stored(sandbox, "contact", seed.ContactIds[0])["lastname"]);
    }

    [Fact]
    public async Task Patch_CurrentETag_UpdatesAndStaleETagReturns412()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var id = seed.ContactIds[2];
        var etag = $"W/\"{Stored(sandbox, "contact", id).RowVersion}\"";

        // Act
        using var first = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({id})", """{"firstname":"Nan"}""", ("If-Match", etag));
        using var second = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({id})", """{"firstname":"Nanette"}""", ("If-Match", etag));
        var body = await WebApiClient.ReadJsonAsync(second);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Equal("0x80060882", WebApiClient.ErrorCode(body));
        Assert.Equal("Nan", Stored(sandbox, "contact", id)["firstname"]);
    }

    [Fact]
    public async Task Delete_StaleETag_Returns412AndKeepsRow()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var id = seed.ContactIds[3];
        var staleEtag = $"W/\"{Stored(sandbox, "contact", id).RowVersion}\"";
        using var touch = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"contacts({id})", """{"jobtitle":"CTO"}""");

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Delete, $"contacts({id})", null, ("If-Match", staleEtag));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, touch.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Contains(sandbox.Organization.Rows("contact"), r => r.Id == id);
    }

    [Fact]
    public async Task Delete_CurrentETag_Returns204AndRemovesRow()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var id = seed.LeadIds[0];
        var etag = $"W/\"{Stored(sandbox, "lead", id).RowVersion}\"";

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Delete, $"leads({id})", null, ("If-Match", etag));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain(sandbox.Organization.Rows("lead"), r => r.Id == id);
    }
}
