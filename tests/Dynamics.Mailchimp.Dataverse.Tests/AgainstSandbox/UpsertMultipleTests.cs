using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// <see cref="IDataverseClient.UpsertMultipleAsync"/> and <see cref="BatchOperation.UpsertMultiple"/> against the sandbox:
/// one request, 204, one result per target; on a standard table one bad target fails the request and so every target
/// ("All operations roll back on error", https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations).
/// </summary>
public sealed class UpsertMultipleTests
{
    private const string Set = "dmc_mailchimpcampaigns";
    private const string Table = "dmc_mailchimpcampaign";

    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync();

    private static JsonObject Campaign(Guid id, string mailchimpId, string name) =>
        new() { ["dmc_mailchimpcampaignid"] = id.ToString("D"), ["dmc_mailchimpid"] = mailchimpId, ["dmc_name"] = name };

    [Fact]
    public async Task UpsertMultipleAsync_GoodTargets_OneTaggedRequestAndEveryTargetSucceeded()
    {
        // Arrange
        await using var host = await CreateSut();
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };

        // Act
        var result = await host.Client.UpsertMultipleAsync(Set, Table, [.. ids.Select((id, i) => Campaign(id, "c" + i, "Campaign " + i))], CancellationToken.None);

        // Assert
        Assert.Equal([0, 1, 2], result.Results.Select(r => r.Index));
        Assert.True(result.AllSucceeded);
        Assert.All(result.Results, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Equal(ids.Order(), host.Sandbox.Organization.Rows(Table).Select(r => r.Id).Order());
        var request = Assert.Single(host.Sandbox.Requests, r => r.Method == SandboxNames.Post);
        Assert.Equal("/api/data/v9.2/" + Set + "/Microsoft.Dynamics.CRM.UpsertMultiple", request.Path);
        Assert.Contains("tag=", request.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertMultipleAsync_OneBadTarget_ReportsEveryTargetFailedWithTheErrorAndWritesNone()
    {
        // Arrange
        await using var host = await CreateSut();
        var bad = Campaign(Guid.NewGuid(), "c2", "Bad");
        bad["dmc_nosuchcolumn"] = "x";

        // Act
        var result = await host.Client.UpsertMultipleAsync(Set, Table, [Campaign(Guid.NewGuid(), "c1", "Good"), bad], CancellationToken.None);

        // Assert
        Assert.Equal([BatchOutcome.Failed, BatchOutcome.Failed], result.Results.Select(r => r.Outcome));
        Assert.All(result.Results, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.All(result.Results, r => Assert.Contains("dmc_nosuchcolumn", r.Error!.Message, StringComparison.Ordinal));
        Assert.Empty(host.Sandbox.Organization.Rows(Table));
    }

    [Fact]
    public async Task ExecuteBatchAsync_UpsertMultipleThenAPatch_IsOneOperationWithItsOwnResult()
    {
        // Arrange
        await using var host = await CreateSut();
        var id = Guid.NewGuid();
        BatchOperation[] operations =
        [
            BatchOperation.UpsertMultiple(Set, Table, [Campaign(id, "c1", "First"), Campaign(Guid.NewGuid(), "c2", "Second")]),
            BatchOperation.Update(Set, id, new JsonObject { ["dmc_name"] = "First, renamed" }),
        ];

        // Act
        var result = await host.Client.ExecuteBatchAsync(operations, continueOnError: false, CancellationToken.None);

        // Assert
        Assert.Equal([BatchOutcome.Succeeded, BatchOutcome.Succeeded], result.Results.Select(r => r.Outcome));
        Assert.Equal("First, renamed", host.Sandbox.Organization.Rows(Table).Single(r => r.Id == id).GetAttributeValue<string>("dmc_name"));
        Assert.Single(host.Sandbox.Requests, r => r.Method == SandboxNames.Post);
    }

    [Fact]
    public async Task UpsertMultipleAsync_DefaultImplementation_SendsAOneOperationBatchAndSpreadsItsResult()
    {
        // Arrange
        await using var host = await CreateSut();
        IDataverseClient onlyBatches = new BatchOnlyClient(host.Client);
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };

        // Act
        var result = await onlyBatches.UpsertMultipleAsync(Set, Table, [.. ids.Select((id, i) => Campaign(id, "c" + i, "N" + i))], CancellationToken.None);

        // Assert
        Assert.Equal([0, 1], result.Results.Select(r => r.Index));
        Assert.True(result.AllSucceeded);
        Assert.Equal(ids.Order(), host.Sandbox.Organization.Rows(Table).Select(r => r.Id).Order());
        Assert.Single(host.Sandbox.Requests, r => r.Path == SandboxNames.BatchPath);
    }
}
