using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Queue;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

public sealed class ListMembersAddedPluginTests
{
    private static Guid[] Contacts(OrganizationFixture org, int count) =>
        Enumerable.Range(0, count).Select(i => org.Contact($"member{i}@example.org")).ToArray();

    [Fact]
    public void AddListMembers_HundredThousandMembers_WritesFourRowsAfterOneRead()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        var members = Contacts(org, 100_000);

        // Act
        org.Service.Execute(new AddListMembersListRequest { ListId = list, MemberIds = members });

        // Assert
        var rows = org.QueueRows;
        Assert.Equal(4, rows.Count);
        Assert.Equal(100_000, rows.Sum(r => r.GetAttributeValue<int>(QueueItemFields.MemberCount)));
        var queued = rows.SelectMany(r => r.GetAttributeValue<string>(QueueItemFields.MemberIds).Split(',')).Select(Guid.Parse).ToHashSet();
        Assert.True(queued.SetEquals(members));
        Assert.All(rows, r => Assert.True(r.GetAttributeValue<string>(QueueItemFields.MemberIds).Length <= MemberIdChunker.ColumnMaxLength));
        Assert.Equal(4, rows.Select(r => r.GetAttributeValue<long>(QueueItemFields.Sequence)).Distinct().Count());
        var execution = org.LastExecution(nameof(ListMembersAddedPlugin));
        Assert.Equal((1, 4), (execution.Reads, execution.Writes));
        Assert.Equal(100_000, org.Organization.Count(TableNames.ListMember));
    }

    [Fact]
    public void AddListMembers_FewMembersWithDuplicates_WritesOneRowOfDistinctIds()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        var members = Contacts(org, 3);

        // Act
        org.Service.Execute(new AddListMembersListRequest { ListId = list, MemberIds = [.. members, members[0]] });

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(3, row.GetAttributeValue<int>(QueueItemFields.MemberCount));
        Assert.Equal(QueueItemKinds.ListMembersAdded, row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
    }

    [Fact]
    public void AddListMembers_UnsyncedList_QueuesNothing()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List(synced: false);

        // Act
        org.Service.Execute(new AddListMembersListRequest { ListId = list, MemberIds = Contacts(org, 5) });

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Equal(5, org.Organization.Count(TableNames.ListMember));
    }

    [Fact]
    public void Execute_MissingMemberIds_ThrowsNamingTheList()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        var invocation = new PluginInvocation(MessageNames.AddListMembers, TableNames.List, list);
        invocation.InputParameters[ParameterNames.ListId] = list;

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Organization.InvokePlugin(new ListMembersAddedPlugin(), invocation));

        // Assert
        Assert.Contains($"AddListMembers of list {list}", error.Message);
        Assert.Contains("'MemberIds'", error.Message);
    }
}
