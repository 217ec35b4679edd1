using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

/// <summary>
/// RemoveListMembers: what the model-driven UI sends when members are removed (Web API RemoveListMembersList with List and
/// Members, as Microsoft's marketing-list client script builds it; Microsoft's list reference marks it "Event: True").
/// </summary>
public sealed class ListMembersRemovedPluginTests
{
    private static OrganizationRequest RemoveListMembers(Guid listId, params Guid[] memberIds) =>
        new("RemoveListMembersList") { Parameters = { [ParameterNames.ListId] = listId, [ParameterNames.MemberIds] = memberIds } };

    private static (OrganizationFixture Org, Guid List, Guid[] Members) CreateSut(bool synced = true)
    {
        var org = new OrganizationFixture();
        var list = org.List(synced: synced);
        var members = new[] { org.Contact("ada@example.org"), org.Contact("grace@example.org"), org.Contact("alan@example.org") };
        org.Seeding.Execute(new AddListMembersListRequest { ListId = list, MemberIds = members });
        return (org, list, members);
    }

    [Fact]
    public void RemoveListMembers_SyncedList_QueuesOneRemovalRowWithOneReadOneWrite()
    {
        // Arrange
        var (org, list, members) = CreateSut();

        // Act
        org.Service.Execute(RemoveListMembers(list, members[0], members[2]));

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(QueueItemKinds.ListMembersRemoved, row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
        Assert.Equal(list.ToString("D"), row.GetAttributeValue<string>(QueueItemFields.ListId));
        Assert.Equal(TableNames.Contact, row.GetAttributeValue<string>(QueueItemFields.TargetTable));
        Assert.Equal($"{members[0]:D},{members[2]:D}", row.GetAttributeValue<string>(QueueItemFields.MemberIds));
        Assert.Equal(2, row.GetAttributeValue<int>(QueueItemFields.MemberCount));
        var execution = org.LastExecution(nameof(ListMembersRemovedPlugin));
        Assert.Equal((MessageNames.RemoveListMembers, 1, 1), (execution.Message, execution.Reads, execution.Writes));
        Assert.Equal(1, org.Organization.Count(TableNames.ListMember));
    }

    [Fact]
    public void RemoveListMembers_UnsyncedList_RemovesButQueuesNothing()
    {
        // Arrange
        var (org, list, members) = CreateSut(synced: false);

        // Act
        org.Service.Execute(RemoveListMembers(list, members));

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Equal(0, org.Organization.Count(TableNames.ListMember));
    }

    [Fact]
    public void RemoveListMembers_TaggedBySyncJob_QueuesNothing()
    {
        // Arrange
        var (org, list, members) = CreateSut();

        // Act
        org.Tagged().Execute(RemoveListMembers(list, members[1]));

        // Assert
        Assert.Empty(org.QueueRows);
    }

    [Fact]
    public void RemoveListMembers_NoMembers_SkipsWithATrace()
    {
        // Arrange
        var (org, list, _) = CreateSut();

        // Act
        org.Service.Execute(RemoveListMembers(list));

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Contains(org.LastExecution(nameof(ListMembersRemovedPlugin)).Traces, t => t.Contains("carries no members", StringComparison.Ordinal));
    }
}
