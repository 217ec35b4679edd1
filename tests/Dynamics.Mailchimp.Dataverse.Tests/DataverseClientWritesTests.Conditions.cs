using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests;

public sealed partial class DataverseClientWritesTests
{
    [Fact]
    public async Task UpsertAsync_CreateOnlyByAlternateKey_SendsIfNoneMatchAndEncodedKey()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.Enqueue(_ => RecordingHandler.Empty(HttpStatusCode.NoContent, ("OData-EntityId", $"{ClientHost.ServiceRoot}contacts({Id})")));
        var key = EntityKey.FromAlternateKey(new Dictionary<string, object> { ["emailaddress1"] = "o'neil@example.com" });

        // Act
        var result = await host.Client.UpsertAsync("contacts", key, new JsonObject { ["lastname"] = "O'Neil" }, UpsertMode.CreateOnly, CancellationToken.None);

        // Assert
        Assert.Equal(Id, result.EntityId);
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(ClientHost.ServiceRoot + "contacts(emailaddress1='o''neil%40example.com')?tag=dmc-sync", request.Uri.OriginalString);
        Assert.Equal("*", request.Header("If-None-Match"));
        Assert.Null(request.Header("If-Match"));
    }

    [Fact]
    public async Task DeleteAsync_WithETag_SendsIfMatchAndSucceeds()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.Enqueue(_ => RecordingHandler.Empty(HttpStatusCode.NoContent));

        // Act
        var result = await host.Client.DeleteAsync("contacts", Id, "W/\"7\"", CancellationToken.None);

        // Assert
        Assert.True(result.Succeeded);
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal($"{ClientHost.ServiceRoot}contacts({Id})?tag=dmc-sync", request.Uri.AbsoluteUri);
        Assert.Equal("W/\"7\"", request.Header("If-Match"));
    }

    [Theory]
    [InlineData("W/\"1\"\r\nX-Evil: 1")]
    [InlineData("no-quotes")]
    public async Task UpdateAsync_MalformedETag_ThrowsArgumentExceptionBeforeAnyRequest(string etag)
    {
        // Arrange
        using var host = CreateSut();

        // Act
        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.UpdateAsync("contacts", Id, new JsonObject(), etag, CancellationToken.None));

        // Assert
        Assert.Equal("etag", error.ParamName);
        Assert.Empty(host.Handler.Requests);
    }

    [Fact]
    public async Task DeleteAsync_EmptyId_ThrowsArgumentException()
    {
        // Arrange
        using var host = CreateSut();

        // Act
        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.DeleteAsync("contacts", Guid.Empty, null, CancellationToken.None));

        // Assert
        Assert.Equal("id", error.ParamName);
        Assert.Empty(host.Handler.Requests);
    }

    [Fact]
    public async Task UpdateAsync_UnknownEntitySet404_ThrowsInsteadOfNotFound()
    {
        // Arrange: a wrong set name is a bug, not a missing row (code seen in microsoft/Dataverse-MCP#6).
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.NotFound, """{"error":{"code":"0x8006088a","message":"Resource not found for the segment 'contactz'."}}""");

        // Act
        var error = await Assert.ThrowsAsync<DataverseApiException>(() => host.Client.UpdateAsync("contactz", Id, new JsonObject(), null, CancellationToken.None));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("contactz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_SuccessWithoutEntityId_ThrowsResponseFormatException()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.Enqueue(_ => RecordingHandler.Empty(HttpStatusCode.NoContent));

        // Act
        var error = await Assert.ThrowsAsync<DataverseResponseFormatException>(() => host.Client.CreateAsync("contacts", new JsonObject(), CancellationToken.None));

        // Assert
        Assert.Contains("OData-EntityId", error.Message, StringComparison.Ordinal);
        Assert.Contains("POST contacts", error.Message, StringComparison.Ordinal);
    }
}
