using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Writes;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>If-Match: * never creates; If-None-Match: * never overwrites.</summary>
public sealed partial class ConcurrencyTests
{
    [Fact]
    public async Task UpdateAsync_MissingRow_ReturnsNotFoundAndCreatesNothing()
    {
        // Arrange
        await using var host = await CreateSut();
        var missing = Guid.NewGuid();
        var before = host.Sandbox.Organization.Count(TableNames.Contact);

        // Act
        var result = await host.Client.UpdateAsync(SandboxNames.Contacts, missing, new JsonObject { [SandboxNames.LastName] = "Ghost" }, cancellationToken: CancellationToken.None);

        // Assert
        Assert.Equal(WriteOutcome.NotFound, result.Outcome);
        Assert.Equal(missing, result.EntityId);
        Assert.Equal(before, host.Sandbox.Organization.Count(TableNames.Contact));
        Assert.Equal("*", Assert.Single(host.Sandbox.Requests).Headers["If-Match"]);
    }

    [Fact]
    public async Task UpsertAsync_CreateOnlyOnExistingRow_ReturnsPreconditionFailedAndLeavesRowUnchanged()
    {
        // Arrange
        await using var host = await CreateSut();
        var id = host.Seed.ContactIds[2];

        // Act
        var result = await host.Client.UpsertAsync(
            SandboxNames.Contacts, EntityKey.FromId(id), new JsonObject { [SandboxNames.LastName] = "Overwritten" }, UpsertMode.CreateOnly, CancellationToken.None);

        // Assert
        Assert.Equal(WriteOutcome.PreconditionFailed, result.Outcome);
        Assert.Equal("Anderson", LastName(host, id));
        Assert.Equal("*", Assert.Single(host.Sandbox.Requests).Headers["If-None-Match"]);
    }
}
