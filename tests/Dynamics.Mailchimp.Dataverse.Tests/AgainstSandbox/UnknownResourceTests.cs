using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// A well-formed but unknown entity set reaches the service and comes back as a typed 404 carrying the code
/// <c>0x8006088a</c> and the request id; on writes it throws instead of reading as "record not found".
/// Doc: https://learn.microsoft.com/troubleshoot/power-platform/power-apps/dataverse/web-api-client-errors (Resource not found for the segment)
/// </summary>
public sealed class UnknownResourceTests
{
    /// <summary>The code Dataverse sends for "Resource not found for the segment" (see the troubleshooting page above).</summary>
    private const string ResourceNotFoundCode = "0x8006088a";

    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync();

    [Fact]
    public async Task QueryAsync_UnknownEntitySet_ThrowsApiExceptionWith404CodeAndRequestId()
    {
        // Arrange
        await using var host = await CreateSut();

        // Act
        var error = await Assert.ThrowsAsync<DataverseApiException>(async () =>
        {
            await foreach (var _ in host.Client.QueryAsync(new DataverseQuery("contactz"), CancellationToken.None))
            {
            }
        });

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(ResourceNotFoundCode, error.ErrorCode);
        Assert.Equal("GET contactz", error.Request);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Contains(error.RequestId!, error.Message, StringComparison.Ordinal);
        Assert.Contains("contactz", error.ServerMessage, StringComparison.Ordinal);
        var request = Assert.Single(host.Sandbox.Requests);
        Assert.Equal(404, request.StatusCode);
    }

    [Fact]
    public async Task UpdateAsync_UnknownEntitySet_ThrowsInsteadOfReportingNotFound()
    {
        // Arrange
        await using var host = await CreateSut();

        // Act
        var error = await Assert.ThrowsAsync<DataverseApiException>(() => host.Client.UpdateAsync(
            "contactz", host.Seed.ContactIds[0], new JsonObject { [SandboxNames.LastName] = "x" }, cancellationToken: CancellationToken.None));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(ResourceNotFoundCode, error.ErrorCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    [Fact]
    public async Task RetrieveAsync_MissingRowOfKnownSet_ReturnsNullInsteadOfThrowing()
    {
        // Arrange
        await using var host = await CreateSut();

        // Act
        var row = await host.Client.RetrieveAsync(SandboxNames.Contacts, EntityKey.FromId(Guid.NewGuid()), [SandboxNames.LastName], CancellationToken.None);

        // Assert
        Assert.Null(row);
        Assert.Equal(404, Assert.Single(host.Sandbox.Requests).StatusCode);
    }

    // Regression: the client once expected 0x80060888 here; Dataverse sends 0x8006088a for "Resource not found for the
    // segment", whatever the message language, and a misspelled entity set must throw rather than read as a missing record.
    [Fact]
    public void IsUnknownResource_DocumentedCodeWithoutEnglishMessage_ReturnsTrue()
    {
        // Arrange
        var error = new DataverseError(ResourceNotFoundCode, "Ressource introuvable pour le segment 'contactz'.", new Dictionary<string, string>());

        // Act
        var unknown = DataverseErrorCodes.IsUnknownResource(error);

        // Assert
        Assert.True(unknown);
    }
}
