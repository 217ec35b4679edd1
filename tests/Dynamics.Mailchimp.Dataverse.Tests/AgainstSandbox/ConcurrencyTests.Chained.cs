using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// Guarded writes chained on the ETag an update with data returned answers with, without reading the row between them.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api#update-with-data-returned
/// </summary>
public sealed partial class ConcurrencyTests
{
    [Fact]
    public async Task UpdateReturningAsync_ChainedOnTheAnsweredETag_SucceedsAndTheOldETagIsStale()
    {
        // Arrange
        await using var host = await CreateSut();
        var id = host.Seed.ContactIds[2];
        var read = await ReadETagAsync(host, id);
        var first = await host.Client.UpdateReturningAsync(SandboxNames.Contacts, id, new JsonObject { [SandboxNames.LastName] = "First" }, read, [SandboxNames.ContactId], CancellationToken.None);

        // Act
        var chained = await host.Client.UpdateReturningAsync(SandboxNames.Contacts, id, new JsonObject { [SandboxNames.LastName] = "Second" }, first.ETag, [SandboxNames.ContactId], CancellationToken.None);
        var stale = await host.Client.UpdateAsync(SandboxNames.Contacts, id, new JsonObject { [SandboxNames.LastName] = "Third" }, first.ETag, CancellationToken.None);

        // Assert
        Assert.NotEqual(read, first.ETag);
        Assert.Equal(WriteOutcome.Succeeded, chained.Outcome);
        Assert.Equal(await ReadETagAsync(host, id), chained.ETag);
        Assert.Equal(WriteOutcome.PreconditionFailed, stale.Outcome);
        Assert.Equal("Second", LastName(host, id));
    }
}
