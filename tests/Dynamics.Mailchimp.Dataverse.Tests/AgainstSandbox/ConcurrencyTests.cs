using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Writes;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// Optimistic concurrency: an update or delete sent with a stale ETag (<c>If-Match</c>) gets 412 and changes nothing.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api
/// </summary>
public sealed partial class ConcurrencyTests
{
    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync();

    [Fact]
    public async Task UpdateAsync_StaleETag_ReturnsPreconditionFailedAndLeavesRowUnchanged()
    {
        // Arrange
        await using var host = await CreateSut();
        var id = host.Seed.ContactIds[0];
        var stale = await ReadETagAsync(host, id);
        var first = await host.Client.UpdateAsync(SandboxNames.Contacts, id, new JsonObject { [SandboxNames.LastName] = "First" }, stale, CancellationToken.None);

        // Act
        var second = await host.Client.UpdateAsync(SandboxNames.Contacts, id, new JsonObject { [SandboxNames.LastName] = "Second" }, stale, CancellationToken.None);

        // Assert
        Assert.Equal(WriteOutcome.Succeeded, first.Outcome);
        Assert.Equal(WriteOutcome.PreconditionFailed, second.Outcome);
        Assert.Equal(System.Net.HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.NotNull(second.Error);
        Assert.Equal("First", LastName(host, id));
        Assert.NotEqual(stale, await ReadETagAsync(host, id));
    }

    [Fact]
    public async Task DeleteAsync_StaleETag_ReturnsPreconditionFailedAndKeepsRow()
    {
        // Arrange
        await using var host = await CreateSut();
        var id = host.Seed.ContactIds[1];
        var stale = await ReadETagAsync(host, id);
        await host.Client.UpdateAsync(SandboxNames.Contacts, id, new JsonObject { [SandboxNames.FirstName] = "Changed" }, cancellationToken: CancellationToken.None);

        // Act
        var result = await host.Client.DeleteAsync(SandboxNames.Contacts, id, stale, CancellationToken.None);

        // Assert
        Assert.Equal(WriteOutcome.PreconditionFailed, result.Outcome);
        Assert.Contains(host.Sandbox.Organization.Rows(TableNames.Contact), c => c.Id == id);
        var delete = Assert.Single(host.Sandbox.Requests, r => r.Method == "DELETE");
        Assert.Equal(stale, delete.Headers["If-Match"]);
        Assert.Equal(412, delete.StatusCode);
    }

    [Fact]
    public async Task DeleteAsync_CurrentETag_Succeeds()
    {
        // Arrange
        await using var host = await CreateSut();
        var id = host.Seed.ContactIds[3];
        var current = await ReadETagAsync(host, id);

        // Act
        var result = await host.Client.DeleteAsync(SandboxNames.Contacts, id, current, CancellationToken.None);

        // Assert
        Assert.Equal(WriteOutcome.Succeeded, result.Outcome);
        Assert.DoesNotContain(host.Sandbox.Organization.Rows(TableNames.Contact), c => c.Id == id);
    }

    private static async Task<string> ReadETagAsync(SandboxClientHost host, Guid id)
    {
        var row = await host.Client.RetrieveAsync(SandboxNames.Contacts, EntityKey.FromId(id), [SandboxNames.LastName], CancellationToken.None);
        return row!.Value.GetProperty(SandboxNames.ETagAnnotation).GetString()!;
    }

    private static string? LastName(SandboxClientHost host, Guid id) =>
        host.Sandbox.Organization.Rows(TableNames.Contact).Single(c => c.Id == id).GetAttributeValue<string>(SandboxNames.LastName);
}
