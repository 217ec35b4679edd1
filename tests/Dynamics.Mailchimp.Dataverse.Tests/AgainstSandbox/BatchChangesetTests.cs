using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// Successful changesets split across several <c>$batch</c> requests: results map back to input positions (by <c>Content-ID</c>)
/// with the ids of the rows actually created.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api#change-sets
/// </summary>
public sealed class BatchChangesetTests
{
    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync(configure: o => o.MaxBatchOperations = 3);

    [Fact]
    public async Task ExecuteBatchAsync_ChangesetInSecondBatch_ReturnsEachCreatedRowIdAtItsInputIndex()
    {
        // Arrange
        await using var host = await CreateSut();
        var prefix = "Split-" + Guid.NewGuid().ToString("N")[..8];
        var names = Enumerable.Range(0, 6).Select(i => $"{prefix}-{i}").ToArray();
        BatchOperation[] operations =
        [
            BatchOperation.Create(SandboxNames.Contacts, Contact(names[0])),
            BatchOperation.Create(SandboxNames.Contacts, Contact(names[1])),
            BatchOperation.Create(SandboxNames.Contacts, Contact(names[2])) with { ChangeSet = "g" },
            BatchOperation.Create(SandboxNames.Contacts, Contact(names[3])) with { ChangeSet = "g" },
            BatchOperation.Create(SandboxNames.Contacts, Contact(names[4])) with { ChangeSet = "g" },
            BatchOperation.Create(SandboxNames.Contacts, Contact(names[5])),
        ];

        // Act
        var result = await host.Client.ExecuteBatchAsync(operations, continueOnError: true, CancellationToken.None);

        // Assert
        Assert.True(result.AllSucceeded);
        Assert.Equal(3, host.Sandbox.Requests.Count(r => r.Path == SandboxNames.BatchPath));
        var rows = host.Sandbox.Organization.Rows(TableNames.Contact);
        for (var i = 0; i < names.Length; i++)
        {
            var row = Assert.Single(rows, c => c.GetAttributeValue<string>(SandboxNames.LastName) == names[i]);
            Assert.Equal(row.Id, result.Results[i].EntityId);
        }
    }

    private static JsonObject Contact(string lastName) => new() { [SandboxNames.LastName] = lastName };
}
