using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Dataverse.Tests.Batch;

/// <summary>
/// <see cref="BatchOperation.UpsertMultiple"/>. Contract: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/upsertmultiple
/// (bound to the entity set, <c>{"Targets":[…]}</c>, "You must specify the @odata.type annotation with every item").
/// </summary>
public sealed class BatchOperationBulkTests
{
    private static readonly Guid Id = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

    private static JsonObject CreateSut() => new() { ["activityid"] = Id.ToString("D"), ["subject"] = "Open: News" };

    [Fact]
    public void UpsertMultiple_Targets_PostsTheActionBoundToTheSetWithEveryTargetTyped()
    {
        // Arrange
        var target = CreateSut();

        // Act
        var operation = BatchOperation.UpsertMultiple("dmc_emailactivities", "dmc_emailactivity", [target, CreateSut()]);

        // Assert
        Assert.Equal((HttpMethod.Post, "dmc_emailactivities/Microsoft.Dynamics.CRM.UpsertMultiple"), (operation.Method, operation.RelativeUri));
        var targets = Assert.IsType<JsonArray>(operation.Body![BulkMessageNames.Targets]);
        Assert.Equal(2, targets.Count);
        Assert.All(targets, t => Assert.Equal("Microsoft.Dynamics.CRM.dmc_emailactivity", t!["@odata.type"]!.GetValue<string>()));
        Assert.Equal(Id.ToString("D"), targets[0]!["activityid"]!.GetValue<string>());
        Assert.True(operation.IsWrite);
    }

    [Fact]
    public void UpsertMultiple_Targets_LeavesTheCallersObjectsUntouched()
    {
        // Arrange
        var target = CreateSut();

        // Act
        _ = BatchOperation.UpsertMultiple("dmc_emailactivities", "dmc_emailactivity", [target]);

        // Assert
        Assert.False(target.ContainsKey("@odata.type"));
        Assert.Null(target.Parent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void UpsertMultiple_NoneOrMoreThanAThousandTargets_Throws(int count)
    {
        // Arrange
        var targets = Enumerable.Range(0, count).Select(_ => CreateSut()).ToList();

        // Act
        var act = () => BatchOperation.UpsertMultiple("dmc_emailactivities", "dmc_emailactivity", targets);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Theory]
    [InlineData("dmc emailactivities", "dmc_emailactivity")]
    [InlineData("dmc_emailactivities", "dmc_emailactivity/x")]
    public void UpsertMultiple_MalformedNames_ThrowsBeforeAnythingIsSent(string set, string logicalName)
    {
        // Act
        var act = () => BatchOperation.UpsertMultiple(set, logicalName, [CreateSut()]);

        // Assert
        Assert.ThrowsAny<ArgumentException>(act);
    }
}
