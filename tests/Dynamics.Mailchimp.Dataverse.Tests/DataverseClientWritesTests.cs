using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>Writes. Contracts: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api,
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api</summary>
public sealed partial class DataverseClientWritesTests
{
    private static readonly Guid Id = Guid.Parse("00000000-0000-0000-0000-0000000000c1");

    private static ClientHost CreateSut(Action<DataverseClientOptions>? configure = null) => ClientHost.Create(configure);

    [Fact]
    public async Task CreateAsync_NoContent_ReadsIdFromODataEntityIdAndTagsWrite()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.Enqueue(_ => RecordingHandler.Empty(HttpStatusCode.NoContent, ("OData-EntityId", $"{ClientHost.ServiceRoot}contacts({Id})")));

        // Act
        var result = await host.Client.CreateAsync("contacts", new JsonObject { ["lastname"] = "Lovelace" }, CancellationToken.None);

        // Assert
        Assert.Equal(WriteOutcome.Succeeded, result.Outcome);
        Assert.Equal(Id, result.EntityId);
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(ClientHost.ServiceRoot + "contacts?tag=dmc-sync", request.Uri.AbsoluteUri);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("Lovelace", JsonNode.Parse(request.Body)!["lastname"]!.GetValue<string>());
        Assert.Null(request.Header("MSCRM.BypassCustomPluginExecution"));
    }

    [Fact]
    public async Task CreateAsync_BypassAndNoTag_SendsBypassHeaderOnly()
    {
        // Arrange
        using var host = CreateSut(o =>
        {
            o.BypassCustomPlugins = true;
            o.WriteTag = string.Empty;
        });
        host.Handler.Enqueue(_ => RecordingHandler.Empty(HttpStatusCode.NoContent, ("OData-EntityId", $"{ClientHost.ServiceRoot}contacts({Id})")));

        // Act
        await host.Client.CreateAsync("contacts", new JsonObject { ["lastname"] = "L" }, CancellationToken.None);

        // Assert
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(ClientHost.ServiceRoot + "contacts", request.Uri.AbsoluteUri);
        Assert.Equal("true", request.Header("MSCRM.BypassCustomPluginExecution"));
    }

    [Fact]
    public async Task CreateAsync_ServerError_IsNotRetried()
    {
        // Arrange: a create is not safe to repeat after a 500.
        using var host = CreateSut();
        host.Handler.Fallback = _ => RecordingHandler.Json(HttpStatusCode.InternalServerError, """{"error":{"code":"0x80040216","message":"boom"}}""");

        // Act
        var error = await Assert.ThrowsAsync<DataverseApiException>(() => host.Client.CreateAsync("contacts", new JsonObject(), CancellationToken.None));

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(host.Handler.Requests);
    }

    [Fact]
    public async Task UpdateAsync_StaleETag_ReturnsPreconditionFailedResult()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.PreconditionFailed,
            """{"error":{"code":"0x80060882","message":"The version of the existing record doesn't match the RowVersion property provided."}}""");

        // Act
        var result = await host.Client.UpdateAsync("contacts", Id, new JsonObject { ["firstname"] = "Ada" }, "W/\"468026\"", CancellationToken.None);

        // Assert
        Assert.Equal(WriteOutcome.PreconditionFailed, result.Outcome);
        Assert.Equal("0x80060882", result.Error!.Code);
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(HttpMethod.Patch, request.Method);
        Assert.Equal($"{ClientHost.ServiceRoot}contacts({Id})?tag=dmc-sync", request.Uri.AbsoluteUri);
        Assert.Equal("W/\"468026\"", request.Header("If-Match"));
    }

    [Fact]
    public async Task UpdateAsync_NoETag_SendsIfMatchStarAndMissingRowIsNotFound()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.NotFound, """{"error":{"code":"0x80040217","message":"Does Not Exist"}}""");

        // Act
        var result = await host.Client.UpdateAsync("contacts", Id, new JsonObject { ["firstname"] = "Ada" }, null, CancellationToken.None);

        // Assert
        Assert.Equal(WriteOutcome.NotFound, result.Outcome);
        Assert.Equal("*", host.Handler.Requests[0].Header("If-Match"));
    }
}
