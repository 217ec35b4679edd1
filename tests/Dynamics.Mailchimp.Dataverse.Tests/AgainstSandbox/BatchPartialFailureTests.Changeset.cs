using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>A changeset with one failure is rolled back as a whole.</summary>
public sealed partial class BatchPartialFailureTests
{
    [Fact]
    public async Task ExecuteBatchAsync_ChangesetWithOneFailure_RollsBackEveryOperationOfItAndReportsThemFailed()
    {
        // Arrange
        await using var host = await CreateSut();
        var prefix = "Atomic-" + Guid.NewGuid().ToString("N")[..8];
        var member = host.Seed.ContactIds[2];
        var queueRowsBefore = host.Sandbox.Organization.Count(TableNames.QueueItem);
        BatchOperation[] operations =
        [
            BatchOperation.Create(SandboxNames.Contacts, Contact(prefix + "-A")) with { ChangeSet = "g1" },
            BatchOperation.Update(SandboxNames.Contacts, member, new JsonObject { [SandboxNames.LastName] = prefix + "-rolledback" }) with { ChangeSet = "g1" },
            BatchOperation.Update(SandboxNames.Contacts, Guid.NewGuid(), new JsonObject { [SandboxNames.LastName] = prefix + "-ghost" }) with { ChangeSet = "g1" },
            BatchOperation.Create(SandboxNames.Contacts, Contact(prefix + "-Outside")),
        ];

        // Act
        var result = await host.Client.ExecuteBatchAsync(operations, continueOnError: true, CancellationToken.None);

        // Assert
        Assert.Equal(
            [BatchOutcome.Failed, BatchOutcome.Failed, BatchOutcome.Failed, BatchOutcome.Succeeded],
            result.Results.Select(r => r.Outcome));
        Assert.All(result.Results.Take(3), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal([prefix + "-Outside"], LastNames(host, prefix));
        var seeded = host.Sandbox.Organization.Rows(TableNames.Contact).Single(c => c.Id == member);
        Assert.Equal("Anderson", seeded.GetAttributeValue<string>(SandboxNames.LastName));
        Assert.Equal(queueRowsBefore, host.Sandbox.Organization.Count(TableNames.QueueItem));
    }
}
