using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
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

    [Fact]
    public void RemoveListMembers_MemberIdsOfAnotherType_QueuesAReadOfTheListWithATraceInsteadOfFailingTheRemoval()
    {
        // Arrange (the event's input names are inferred from the SDK request, not documented: a different shape must not block the user)
        var (org, list, members) = CreateSut();
        var invocation = new PluginInvocation(MessageNames.RemoveListMembers, TableNames.List, list)
        {
            InputParameters = { [ParameterNames.ListId] = list, [ParameterNames.MemberIds] = $"{members[0]:D},{members[1]:D}" },
        };

        // Act
        var execution = org.Organization.InvokePlugin(new ListMembersRemovedPlugin(), invocation);

        // Assert
        Assert.Null(execution.Failure);
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(QueueItemKinds.ListMembersChanged, row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
        Assert.Equal(list.ToString("D"), row.GetAttributeValue<string>(QueueItemFields.ListId));
        Assert.Contains(execution.Traces, t => t.Contains(ParameterNames.MemberIds, StringComparison.Ordinal) && t.Contains("re-read", StringComparison.Ordinal));
    }

    [Fact]
    public void RemoveListMembers_NoInputsButThePrimaryRecord_QueuesAReadOfThePrimaryList()
    {
        // Arrange
        var (org, list, _) = CreateSut();

        // Act
        var execution = org.Organization.InvokePlugin(new ListMembersRemovedPlugin(), new PluginInvocation(MessageNames.RemoveListMembers, TableNames.List, list));

        // Assert
        Assert.Null(execution.Failure);
        Assert.Equal(list.ToString("D"), Assert.Single(org.QueueRows).GetAttributeValue<string>(QueueItemFields.ListId));
        Assert.Contains(execution.Traces, t => t.Contains(ParameterNames.ListId, StringComparison.Ordinal));
    }

    [Fact]
    public void RemoveListMembers_NoListAtAll_SkipsWithATraceInsteadOfFailingTheRemoval()
    {
        // Arrange
        var (org, _, _) = CreateSut();
        var invocation = new PluginInvocation(MessageNames.RemoveListMembers, TableNames.List, Guid.Empty)
        {
            InputParameters = { [ParameterNames.ListId] = "not a guid" },
        };

        // Act
        var execution = org.Organization.InvokePlugin(new ListMembersRemovedPlugin(), invocation);

        // Assert
        Assert.Null(execution.Failure);
        Assert.Empty(org.QueueRows);
        Assert.Contains(execution.Traces, t => t.Contains("reconciliation", StringComparison.Ordinal));
    }
}
