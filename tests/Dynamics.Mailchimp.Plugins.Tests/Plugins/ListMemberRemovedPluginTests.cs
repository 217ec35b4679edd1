using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

public sealed class ListMemberRemovedPluginTests
{
    [Fact]
    public void RemoveMember_SyncedList_QueuesRemovalWithOneReadOneWrite()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        var contact = org.Contact();
        org.AddToList(list, contact);

        // Act
        org.Service.Execute(new RemoveMemberListRequest { ListId = list, EntityId = contact });

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(QueueItemKinds.ListMemberRemoved, row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
        Assert.Equal(contact.ToString("D"), row.GetAttributeValue<string>(QueueItemFields.TargetId));
        var execution = org.LastExecution(nameof(ListMemberRemovedPlugin));
        Assert.Equal((1, 1), (execution.Reads, execution.Writes));
        Assert.Equal(0, org.Organization.Count(TableNames.ListMember));
    }

    [Fact]
    public void RemoveMember_UnsyncedList_QueuesNothing()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List(synced: false);
        var contact = org.Contact();
        org.AddToList(list, contact);

        // Act
        org.Service.Execute(new RemoveMemberListRequest { ListId = list, EntityId = contact });

        // Assert
        Assert.Empty(org.QueueRows);
    }

    [Fact]
    public void RemoveMember_TaggedBySyncJob_QueuesNothing()
    {
        // Arrange: the job removes unsubscribed contacts from synced lists; that must not echo back.
        var org = new OrganizationFixture();
        var list = org.List();
        var contact = org.Contact();
        org.AddToList(list, contact);

        // Act
        org.Tagged().Execute(new RemoveMemberListRequest { ListId = list, EntityId = contact });

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Equal(0, org.Organization.Count(TableNames.ListMember));
    }
}
