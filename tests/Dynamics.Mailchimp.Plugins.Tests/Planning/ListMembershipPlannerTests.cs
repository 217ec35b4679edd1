using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Planning;

public sealed class ListMembershipPlannerTests
{
    private static readonly Guid ListId = Guid.NewGuid();

    private static Entity List(int? memberType, bool synced = true) =>
        new(TableNames.List, ListId)
        {
            [ListFields.SyncEnabled] = synced,
            [ListFields.StateCode] = new OptionSetValue(0),
            [ListFields.CreatedFromCode] = memberType is null ? null : new OptionSetValue(memberType.Value),
        };

    [Fact]
    public void PlanAdd_LeadList_TargetsLeadTable()
    {
        // Act
        var outcome = ListMembershipPlanner.PlanAdd(ListId, Guid.NewGuid(), List(4));

        // Assert
        Assert.Equal(TableNames.Lead, Assert.Single(outcome.Items).TargetTable);
    }

    [Fact]
    public void PlanAdd_ListWithUnknownMemberType_FailsNamingTheList()
    {
        // Act
        var error = Assert.Throws<PluginInputException>(() => ListMembershipPlanner.PlanAdd(ListId, Guid.NewGuid(), List(8)));

        // Assert
        Assert.Contains(ListId.ToString(), error.Message);
        Assert.Contains("'8'", error.Message);
    }

    [Fact]
    public void PlanAddMany_NoMembers_IsSkipped()
    {
        // Act
        var outcome = ListMembershipPlanner.PlanAddMany(ListId, [], List(2));

        // Assert
        Assert.True(outcome.IsSkip);
    }

    [Fact]
    public void PlanRemove_UnsyncedList_IsSkipped()
    {
        // Act
        var outcome = ListMembershipPlanner.PlanRemove(ListId, Guid.NewGuid(), List(2, synced: false));

        // Assert
        Assert.True(outcome.IsSkip);
        Assert.Contains(ListId.ToString(), outcome.SkipReason);
    }
}
