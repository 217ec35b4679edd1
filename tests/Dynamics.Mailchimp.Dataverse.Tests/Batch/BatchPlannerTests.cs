using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Dataverse.Tests.Batch;

public sealed class BatchPlannerTests
{
    private static List<BatchOperation> CreateSut(int count, string? changeSet = null) =>
        Enumerable.Range(0, count).Select(_ => BatchOperation.Create("contacts", new JsonObject()) with { ChangeSet = changeSet }).ToList();

    [Fact]
    public void Plan_2500Operations_SplitsInto1000_1000_500()
    {
        // Arrange
        var operations = CreateSut(2500);

        // Act
        var batches = BatchPlanner.Plan(operations, 1000);

        // Assert
        Assert.Equal([1000, 1000, 500], batches.Select(b => b.Sum(u => u.Count)));
        Assert.Equal(Enumerable.Range(0, 2500), batches.SelectMany(b => b.SelectMany(u => u)));
    }

    [Fact]
    public void Plan_ChangeSetAtBoundary_IsNotSplit()
    {
        // Arrange
        var operations = CreateSut(3).Concat(CreateSut(3, "atomic")).ToList();

        // Act
        var batches = BatchPlanner.Plan(operations, 4);

        // Assert
        Assert.Equal(2, batches.Count);
        Assert.Equal([3, 4, 5], Assert.Single(batches[1]));
    }

    [Fact]
    public void Plan_ChangeSetLargerThanBatch_ThrowsArgumentException()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => BatchPlanner.Plan(CreateSut(5, "big"), 4));

        // Assert
        Assert.Contains("big", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_GetInChangeSet_ThrowsArgumentException()
    {
        // Arrange
        var operations = new[] { BatchOperation.Retrieve("contacts", Guid.NewGuid(), []) with { ChangeSet = "x" } };

        // Act
        var error = Assert.Throws<ArgumentException>(() => BatchPlanner.Plan(operations, 10));

        // Assert
        Assert.Contains("GET", error.Message, StringComparison.Ordinal);
    }
}
