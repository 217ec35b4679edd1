using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Plugins.Queue;
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

    [Fact]
    public void PlanRemoveMany_MoreIdsThanOneRowHolds_SplitsIntoRemovalChunks()
    {
        // Arrange
        var ids = Enumerable.Range(0, MemberIdChunker.IdsPerRow + 1).Select(_ => Guid.NewGuid()).ToArray();

        // Act
        var outcome = ListMembershipPlanner.PlanRemoveMany(ListId, ids, List(2));

        // Assert
        Assert.Equal([MemberIdChunker.IdsPerRow, 1], outcome.Items.Select(i => i.MemberIds.Count));
        Assert.All(outcome.Items, i => Assert.Equal(QueueItemKinds.ListMembersRemoved, i.Kind));
    }

    [Fact]
    public void PlanRemoveMany_InactiveList_Skips()
    {
        // Arrange
        var list = List(2);
        list[ListFields.StateCode] = new OptionSetValue(1);

        // Act
        var outcome = ListMembershipPlanner.PlanRemoveMany(ListId, [Guid.NewGuid()], list);

        // Assert
        Assert.True(outcome.IsSkip);
    }

    [Fact]
    public void PlanMembersChanged_AccountList_QueuesOneRowForTheList()
    {
        // Act
        var item = Assert.Single(ListMembershipPlanner.PlanMembersChanged(ListId, List(1)).Items);

        // Assert
        Assert.Equal((QueueItemKinds.ListMembersChanged, TableNames.Account, ListId), (item.Kind, item.TargetTable, item.ListId!.Value));
        Assert.Empty(item.MemberIds);
    }
}
