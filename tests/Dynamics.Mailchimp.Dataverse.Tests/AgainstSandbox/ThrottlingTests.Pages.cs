using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Writes;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>429s on $batch requests, query pages and the concurrent-requests limit.</summary>
public sealed partial class ThrottlingTests
{
    [Fact]
    public async Task ExecuteBatchAsync_WriteBatchesOverTheRequestLimit_EveryOperationAppliedOnce()
    {
        // Arrange
        var clock = SharedClock.Create();
        await using var host = await StartAsync(new DataverseSandboxOptions { ConnectorRoles = [ClientTestRoles.AllTables], RequestsPerWindow = 2, WindowSeconds = WindowSeconds, Clock = clock }, clock, maxBatchOperations: 5);
        var prefix = "BatchStorm-" + Guid.NewGuid().ToString("N")[..8];
        var operations = Enumerable.Range(1, Creates)
            .Select(i => BatchOperation.Create(SandboxNames.Contacts, new JsonObject { [SandboxNames.LastName] = $"{prefix}-{i:D2}" }))
            .ToList();

        // Act
        var result = await SharedClock.RunAsync(clock, host.Sandbox, Window, host.Client.ExecuteBatchAsync(operations, continueOnError: true, CancellationToken.None));

        // Assert
        Assert.True(result.AllSucceeded, string.Join("; ", result.Failures.Select(f => $"#{f.Index} {f.Outcome} {f.Error?.Message}")));
        Assert.Equal(Creates, CountByPrefix(host, prefix));
        var batches = host.Sandbox.Requests.Where(r => r.Path == SandboxNames.BatchPath).ToList();
        Assert.Contains(batches, r => r.StatusCode == 429);
        Assert.Equal(Creates / 5, batches.Count(r => r.StatusCode == 200));
        AssertRetriesWaitedForTheWindow(batches);
    }

    [Fact]
    public async Task QueryAsync_PagesOverTheRequestLimit_EveryRowReadOnce()
    {
        // Arrange
        var clock = SharedClock.Create();
        await using var host = await StartAsync(new DataverseSandboxOptions { ConnectorRoles = [ClientTestRoles.AllTables], RequestsPerWindow = 4, WindowSeconds = WindowSeconds, Clock = clock }, clock);
        Sandbox.Dataverse.Seeding.SandboxSeed.AddContacts(host.Sandbox.Organization, host.Sandbox.Tokens.AdminUserId, 46);
        var expected = host.Sandbox.Organization.Count(TableNames.Contact);
        var query = new DataverseQuery(SandboxNames.Contacts) { Select = [SandboxNames.ContactId], PageSize = 5 };

        // Act
        var ids = await SharedClock.RunAsync(clock, host.Sandbox, Window, ReadIdsAsync(host, query));

        // Assert
        Assert.Equal(expected, ids.Count);
        Assert.Equal(expected, ids.Distinct().Count());
        var pages = host.Sandbox.Requests.Where(r => r.Path == SandboxNames.ContactsPath).ToList();
        Assert.Contains(pages, r => r.StatusCode == 429);
        Assert.Equal((expected + 4) / 5, pages.Count(r => r.StatusCode == 200));
        AssertRetriesWaitedForTheWindow(pages);
    }

    [Fact]
    public async Task CreateAsync_MoreConcurrentRequestsThanTheServiceAllows_AllLandAfterRetry()
    {
        // Arrange
        await using var host = await StartAsync(new DataverseSandboxOptions { ConnectorRoles = [ClientTestRoles.AllTables], ConcurrentRequestsPerUser = 1 });
        var prefix = "Parallel-" + Guid.NewGuid().ToString("N")[..8];
        host.Sandbox.Gate.Close();

        // Act: the first create holds the only slot at the closed gate, so the others are refused (0x80072326) whatever the
        // machine's speed; the gate opens only once the sandbox has refused one.
        var creates = Task.WhenAll(Enumerable.Range(1, 3).Select(i => host.Client.CreateAsync(
            SandboxNames.Contacts, new JsonObject { [SandboxNames.LastName] = $"{prefix}-{i:D2}" }, CancellationToken.None)));
        await host.Sandbox.Gate.WaitForHeldAsync(1, CancellationToken.None);
        while (!host.Sandbox.Requests.Any(r => r.StatusCode == 429))
        {
            await Task.Delay(10);
        }

        host.Sandbox.Gate.Open();
        var results = await creates;

        // Assert
        Assert.All(results, r => Assert.Equal(WriteOutcome.Succeeded, r.Outcome));
        Assert.Equal(3, CountByPrefix(host, prefix));
        var posts = host.Sandbox.Requests.Where(r => r.Path == SandboxNames.ContactsPath).ToList();
        Assert.Contains(posts, r => r.StatusCode == 429);
        Assert.Equal(3, posts.Count(r => r.StatusCode == 204));
    }

    private static async Task<List<Guid>> ReadIdsAsync(SandboxClientHost host, DataverseQuery query)
    {
        var ids = new List<Guid>();
        await foreach (var row in host.Client.QueryAsync(query, CancellationToken.None))
        {
            ids.Add(row.GetProperty(SandboxNames.ContactId).GetGuid());
        }

        return ids;
    }
}
