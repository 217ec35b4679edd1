using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

public sealed class ListDeletedPluginTests
{
    [Fact]
    public void Delete_SyncedList_QueuesListDeletedWithoutReading()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        org.AddToList(list, org.Contact());

        // Act
        org.Service.Delete(TableNames.List, list);

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(QueueItemKinds.ListDeleted, row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
        Assert.Equal(list.ToString("D"), row.GetAttributeValue<string>(QueueItemFields.ListId));
        var execution = org.LastExecution(nameof(ListDeletedPlugin));
        Assert.Equal((0, 1), (execution.Reads, execution.Writes));
        Assert.Equal(0, org.Organization.Count(TableNames.ListMember));
    }

    [Fact]
    public void Delete_UnsyncedList_QueuesNothing()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List(synced: false);

        // Act
        org.Service.Delete(TableNames.List, list);

        // Assert
        Assert.Empty(org.QueueRows);
    }
}
