using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

/// <summary>
/// Deleting a listmember row directly (Microsoft's listmember reference: Delete, "Event: True", <c>DELETE /listmembers(id)</c>)
/// runs Delete on listmember, not RemoveMember; the connector registers a step on it.
/// </summary>
public sealed class ListMemberDeletedPluginTests
{
    [Fact]
    public void DeleteListMember_SyncedList_QueuesOneRemovalFromThePreImage()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        var contact = org.Contact();
        org.AddToList(list, contact);
        var row = org.ListMemberRowId(list, contact);

        // Act
        org.Service.Delete(TableNames.ListMember, row);

        // Assert
        var queued = Assert.Single(org.QueueRows);
        Assert.Equal(QueueItemKinds.ListMemberRemoved, queued.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
        Assert.Equal(contact.ToString("D"), queued.GetAttributeValue<string>(QueueItemFields.TargetId));
        Assert.Equal(list.ToString("D"), queued.GetAttributeValue<string>(QueueItemFields.ListId));
        Assert.Equal((1, 1), (org.LastExecution(nameof(ListMemberDeletedPlugin)).Reads, org.LastExecution(nameof(ListMemberDeletedPlugin)).Writes));
        Assert.Equal(0, org.Service.Retrieve(TableNames.List, list, new ColumnSet("membercount")).GetAttributeValue<int>("membercount"));
    }

    [Fact]
    public void DeleteListMember_UnsyncedList_QueuesNothing()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List(synced: false);
        var contact = org.Contact();
        org.AddToList(list, contact);

        // Act
        org.Service.Delete(TableNames.ListMember, org.ListMemberRowId(list, contact));

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Equal(0, org.Organization.Count(TableNames.ListMember));
    }

    [Fact]
    public void DeleteListMember_DoesNotFireRemoveMemberSteps()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        var contact = org.Contact();
        org.AddToList(list, contact);

        // Act
        org.Service.Delete(TableNames.ListMember, org.ListMemberRowId(list, contact));

        // Assert
        Assert.Empty(org.Executions(nameof(ListMemberRemovedPlugin)));
        Assert.Single(org.Executions(nameof(ListMemberDeletedPlugin)));
    }
}
