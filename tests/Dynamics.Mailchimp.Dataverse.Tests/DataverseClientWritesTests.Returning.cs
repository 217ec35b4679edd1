using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>
/// Update with data returned: <c>Prefer: return=representation</c> and <c>$select</c> give 200 with the row and its
/// <c>@odata.etag</c> in the body (the documented answer has no ETag header). Contract:
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api#update-with-data-returned
/// </summary>
public sealed partial class DataverseClientWritesTests
{
    [Fact]
    public async Task UpdateReturningAsync_RowReturned_SendsPreferAndSelectAndReadsTheBodysETag()
    {
        // Arrange: the answer's shape as in the Learn page's example (200, Preference-Applied, annotation in the body).
        using var host = CreateSut();
        host.Handler.EnqueueJson(
            HttpStatusCode.OK,
            $$"""{"@odata.context":"{{ClientHost.ServiceRoot}}$metadata#contacts/$entity","@odata.etag":"W/\"536537\"","contactid":"{{Id}}"}""",
            ("Preference-Applied", "return=representation"));

        // Act
        var result = await host.Client.UpdateReturningAsync("contacts", Id, new JsonObject { ["firstname"] = "Ada" }, "W/\"536536\"", ["contactid"], CancellationToken.None);

        // Assert
        Assert.Equal(WriteOutcome.Succeeded, result.Outcome);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("W/\"536537\"", result.ETag);
        Assert.Equal(Id, result.EntityId);
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(HttpMethod.Patch, request.Method);
        Assert.Equal($"{ClientHost.ServiceRoot}contacts({Id})?$select=contactid&tag=dmc-sync", request.Uri.OriginalString);
        Assert.Equal("return=representation", request.Header("Prefer"));
        Assert.Equal("W/\"536536\"", request.Header("If-Match"));
    }

    [Fact]
    public async Task CreateReturningAsync_RowReturnedWithoutEntityIdHeader_ReadsIdAndETagFromTheBody()
    {
        // Arrange: "Create with data returned" (201, Preference-Applied, the row in the body; the documented example has
        // no OData-EntityId): https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api#create-with-data-returned
        using var host = CreateSut();
        host.Handler.EnqueueJson(
            HttpStatusCode.Created,
            $$"""{"@odata.context":"{{ClientHost.ServiceRoot}}$metadata#contacts/$entity","@odata.etag":"W/\"536537\"","contactid":"{{Id}}"}""",
            ("Preference-Applied", "return=representation"));

        // Act
        var result = await host.Client.CreateReturningAsync("contacts", new JsonObject { ["firstname"] = "Ada" }, ["contactid"], CancellationToken.None);

        // Assert
        Assert.Equal(WriteOutcome.Succeeded, result.Outcome);
        Assert.Equal(HttpStatusCode.Created, result.StatusCode);
        Assert.Equal("W/\"536537\"", result.ETag);
        Assert.Equal(Id, result.EntityId);
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"{ClientHost.ServiceRoot}contacts?$select=contactid&tag=dmc-sync", request.Uri.OriginalString);
        Assert.Equal("return=representation", request.Header("Prefer"));
    }

    [Fact]
    public async Task CreateReturningAsync_PreferenceNotApplied204_SucceedsWithTheHeadersIdAndNoETag()
    {
        // Arrange: a preference may be ignored: then the plain create's answer, 204 with OData-EntityId.
        using var host = CreateSut();
        host.Handler.Enqueue(_ => RecordingHandler.Empty(HttpStatusCode.NoContent, ("OData-EntityId", $"{ClientHost.ServiceRoot}contacts({Id})")));

        // Act
        var result = await host.Client.CreateReturningAsync("contacts", new JsonObject { ["firstname"] = "Ada" }, ["contactid"], CancellationToken.None);

        // Assert
        Assert.True(result.Succeeded);
        Assert.Equal(Id, result.EntityId);
        Assert.Null(result.ETag);
    }

    [Fact]
    public async Task CreateReturningAsync_NoIdAnywhere_ThrowsResponseFormatException()
    {
        // Arrange: neither header nor the selected key: the caller could not address the row it made.
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.Created, """{"@odata.etag":"W/\"1\""}""");

        // Act
        var error = await Assert.ThrowsAsync<DataverseResponseFormatException>(() =>
            host.Client.CreateReturningAsync("contacts", new JsonObject(), ["contactid"], CancellationToken.None));

        // Assert
        Assert.Contains("POST contacts", error.Message, StringComparison.Ordinal);
        Assert.Contains("contactid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateReturningAsync_PreferenceNotApplied204_SucceedsWithoutETag()
    {
        // Arrange: a preference may be ignored; then there is no row, and no ETag to chain on.
        using var host = CreateSut();
        host.Handler.Enqueue(_ => RecordingHandler.Empty(HttpStatusCode.NoContent));

        // Act
        var result = await host.Client.UpdateReturningAsync("contacts", Id, new JsonObject { ["firstname"] = "Ada" }, null, ["contactid"], CancellationToken.None);

        // Assert
        Assert.True(result.Succeeded);
        Assert.Null(result.ETag);
        Assert.Equal("*", host.Handler.Requests[0].Header("If-Match"));
    }

    [Fact]
    public async Task UpdateReturningAsync_StaleETag_ReturnsPreconditionFailedResult()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.PreconditionFailed,
            """{"error":{"code":"0x80060882","message":"The version of the existing record doesn't match the RowVersion property provided."}}""");

        // Act
        var result = await host.Client.UpdateReturningAsync("contacts", Id, new JsonObject { ["firstname"] = "Ada" }, "W/\"1\"", ["contactid"], CancellationToken.None);

        // Assert
        Assert.Equal(WriteOutcome.PreconditionFailed, result.Outcome);
        Assert.Null(result.ETag);
        Assert.Equal("0x80060882", result.Error!.Code);
    }

    [Fact]
    public async Task UpdateReturningAsync_NoColumns_ThrowsArgumentExceptionBeforeAnyRequest()
    {
        // Arrange: an empty $select would return every column.
        using var host = CreateSut();

        // Act
        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.UpdateReturningAsync("contacts", Id, new JsonObject(), null, [], CancellationToken.None));

        // Assert
        Assert.Equal("select", error.ParamName);
        Assert.Empty(host.Handler.Requests);
    }
}
