using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

public sealed class ListUpdatedPluginTests
{
    [Fact]
    public void Update_EnableSync_QueuesListChangedWithoutReading()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List(synced: false);

        // Act
        org.Service.Update(new Entity(TableNames.List, list) { [ListFields.SyncEnabled] = true });

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(QueueItemKinds.ListChanged, row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
        Assert.Equal(ListFields.SyncEnabled, row.GetAttributeValue<string>(QueueItemFields.ChangedColumns));
        var execution = org.LastExecution(nameof(ListUpdatedPlugin));
        Assert.Equal((0, 1), (execution.Reads, execution.Writes));
    }

    [Fact]
    public void Update_DisableSync_QueuesBecauseItWasSynced()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List(synced: true);

        // Act
        org.Service.Update(new Entity(TableNames.List, list) { [ListFields.SyncEnabled] = false });

        // Assert
        Assert.Single(org.QueueRows);
    }

    [Fact]
    public void Update_AudienceOfUnsyncedList_QueuesNothing()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List(synced: false);

        // Act
        org.Service.Update(new Entity(TableNames.List, list) { [ListFields.AudienceId] = "f00ba12345" });

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Contains(org.LastExecution(nameof(ListUpdatedPlugin)).Traces, t => t.Contains("not synced", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_NameOnly_DoesNotRunThePlugin()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();

        // Act
        org.Service.Update(new Entity(TableNames.List, list) { [ListFields.ListName] = "Renamed" });

        // Assert
        Assert.Empty(org.Executions(nameof(ListUpdatedPlugin)));
    }

    [Fact]
    public void Execute_MissingTarget_ThrowsNamingTheList()
    {
        // Arrange
        var org = new OrganizationFixture();
        var id = Guid.NewGuid();

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            org.Organization.InvokePlugin(new ListUpdatedPlugin(), new PluginInvocation(MessageNames.Update, TableNames.List, id)));

        // Assert
        Assert.Contains($"Update of list {id}", error.Message);
    }
}
