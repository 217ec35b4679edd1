using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// <see cref="IDataverseClient.ExecuteBatchAsync"/> with failing operations: per-operation outcomes in input order,
/// <c>Prefer: odata.continue-on-error</c> on and off, and a changeset rolled back as a whole.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api
/// </summary>
public sealed partial class BatchPartialFailureTests
{
    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync();

    [Fact]
    public async Task ExecuteBatchAsync_ContinueOnErrorWithFailures_ReportsEachOutcomeInInputOrderAndAppliesTheRest()
    {
        // Arrange
        await using var host = await CreateSut();
        var existing = host.Seed.ContactIds[0];
        var missing = Guid.NewGuid();
        var prefix = "Batch-" + Guid.NewGuid().ToString("N")[..8];
        BatchOperation[] operations =
        [
            BatchOperation.Create(SandboxNames.Contacts, Contact(prefix + "-A")),
            BatchOperation.Update(SandboxNames.Contacts, existing, new JsonObject { [SandboxNames.LastName] = prefix + "-updated" }),
            BatchOperation.Update(SandboxNames.Contacts, missing, new JsonObject { [SandboxNames.LastName] = prefix + "-ghost" }),
            BatchOperation.Create(SandboxNames.Contacts, new JsonObject { [SandboxNames.LastName] = prefix + "-bad", ["dmc_nosuchcolumn"] = "x" }),
            BatchOperation.Create(SandboxNames.Contacts, Contact(prefix + "-B")),
        ];

        // Act
        var result = await host.Client.ExecuteBatchAsync(operations, continueOnError: true, CancellationToken.None);

        // Assert
        Assert.Equal([0, 1, 2, 3, 4], result.Results.Select(r => r.Index));
        Assert.Equal(
            [BatchOutcome.Succeeded, BatchOutcome.Succeeded, BatchOutcome.NotFound, BatchOutcome.Failed, BatchOutcome.Succeeded],
            result.Results.Select(r => r.Outcome));
        Assert.Equal(HttpStatusCode.NotFound, result.Results[2].StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, result.Results[3].StatusCode);
        Assert.Contains("dmc_nosuchcolumn", result.Results[3].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(LastNames(host, prefix), [prefix + "-A", prefix + "-B", prefix + "-updated"]);
        Assert.Equal(result.Results[0].EntityId, FindContact(host, prefix + "-A"));
        Assert.Equal(result.Results[4].EntityId, FindContact(host, prefix + "-B"));
        var batch = Assert.Single(host.Sandbox.Requests, r => r.Path == SandboxNames.BatchPath);
        Assert.Contains("odata.continue-on-error", batch.Headers["Prefer"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteBatchAsync_WithoutContinueOnError_StopsAtFirstFailureAndReportsTheRestNotExecuted()
    {
        // Arrange
        await using var host = await CreateSut();
        var prefix = "Stop-" + Guid.NewGuid().ToString("N")[..8];
        BatchOperation[] operations =
        [
            BatchOperation.Create(SandboxNames.Contacts, Contact(prefix + "-A")),
            BatchOperation.Update(SandboxNames.Contacts, Guid.NewGuid(), new JsonObject { [SandboxNames.LastName] = prefix + "-ghost" }),
            BatchOperation.Create(SandboxNames.Contacts, Contact(prefix + "-B")),
            BatchOperation.Update(SandboxNames.Contacts, host.Seed.ContactIds[1], new JsonObject { [SandboxNames.LastName] = prefix + "-never" }),
        ];

        // Act
        var result = await host.Client.ExecuteBatchAsync(operations, continueOnError: false, CancellationToken.None);

        // Assert
        Assert.Equal(
            [BatchOutcome.Succeeded, BatchOutcome.NotFound, BatchOutcome.NotExecuted, BatchOutcome.NotExecuted],
            result.Results.Select(r => r.Outcome));
        Assert.False(result.AllSucceeded);
        Assert.Equal(3, result.Failures.Count);
        Assert.Equal([prefix + "-A"], LastNames(host, prefix));
        var batch = Assert.Single(host.Sandbox.Requests, r => r.Path == SandboxNames.BatchPath);
        Assert.False(batch.Headers.TryGetValue("Prefer", out var prefer) && prefer.Contains("continue-on-error", StringComparison.Ordinal));
    }

    private static JsonObject Contact(string lastName) => new()
    {
        [SandboxNames.FirstName] = "Batch",
        [SandboxNames.LastName] = lastName,
    };

    private static List<string> LastNames(SandboxClientHost host, string prefix) =>
        [.. host.Sandbox.Organization.Rows(TableNames.Contact)
            .Select(c => c.GetAttributeValue<string>(SandboxNames.LastName))
            .Where(n => n is not null && n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private static Guid FindContact(SandboxClientHost host, string lastName) =>
        host.Sandbox.Organization.Rows(TableNames.Contact).Single(c => c.GetAttributeValue<string>(SandboxNames.LastName) == lastName).Id;
}
