using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Planning;

public sealed class ListChangePlannerTests
{
    private static readonly Guid Id = Guid.NewGuid();

    private static Entity List(bool synced, int state = 0) =>
        new(TableNames.List, Id) { [ListFields.SyncEnabled] = synced, [ListFields.StateCode] = new OptionSetValue(state) };

    [Fact]
    public void PlanUpdate_DeactivateSyncedList_IsQueued()
    {
        // Act
        var outcome = PlanUpdate(new Entity(TableNames.List, Id) { [ListFields.StateCode] = new OptionSetValue(1) }, List(true), List(true, 1));

        // Assert
        Assert.Equal([ListFields.StateCode], Assert.Single(outcome.Items).ChangedColumns);
    }

    [Fact]
    public void PlanUpdate_InactiveBeforeAndAfter_IsSkipped()
    {
        // Act
        var outcome = PlanUpdate(new Entity(TableNames.List, Id) { [ListFields.TagName] = "vip" }, List(true, 1), List(true, 1));

        // Assert
        Assert.True(outcome.IsSkip);
    }

    private static PlanOutcome PlanUpdate(Entity target, Entity pre, Entity post) => ListChangePlanner.PlanUpdate(target, pre, post);
}
