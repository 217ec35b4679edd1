using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

/// <summary>
/// AddMembersBatch: an event on list (Microsoft's list reference: AddMembersBatchList, "Event: True") whose inputs are not
/// documented, so the in-memory organization does not execute it (it answers NotSupported naming it) and the plug-in is
/// run with a hand-made context, relying on the list only.
/// </summary>
public sealed class ListMembersBatchAddedPluginTests
{
    [Fact]
    public void AddMembersBatch_SyncedList_QueuesAReadOfTheListsMembers()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();

        // Act
        var execution = org.Organization.InvokePlugin(new ListMembersBatchAddedPlugin(), new PluginInvocation(MessageNames.AddMembersBatch, TableNames.List, list));

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(QueueItemKinds.ListMembersChanged, row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
        Assert.Equal(list.ToString("D"), row.GetAttributeValue<string>(QueueItemFields.ListId));
        Assert.Equal(TableNames.Contact, row.GetAttributeValue<string>(QueueItemFields.TargetTable));
        Assert.Equal((1, 1), (execution.Reads, execution.Writes));
    }

    [Fact]
    public void AddMembersBatch_NoPrimaryRecordButListIdInput_UsesTheInput()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        var invocation = new PluginInvocation(MessageNames.AddMembersBatch, TableNames.List, Guid.Empty) { InputParameters = { [ParameterNames.ListId] = list } };

        // Act
        org.Organization.InvokePlugin(new ListMembersBatchAddedPlugin(), invocation);

        // Assert
        Assert.Equal(list.ToString("D"), Assert.Single(org.QueueRows).GetAttributeValue<string>(QueueItemFields.ListId));
    }

    [Fact]
    public void AddMembersBatch_NoListAtAll_SkipsWithATraceInsteadOfFailingTheUsersOperation()
    {
        // Arrange
        var org = new OrganizationFixture();

        // Act
        var execution = org.Organization.InvokePlugin(new ListMembersBatchAddedPlugin(), new PluginInvocation(MessageNames.AddMembersBatch, TableNames.List, Guid.Empty));

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Null(execution.Failure);
        Assert.Contains(execution.Traces, t => t.Contains("reconciliation", StringComparison.Ordinal));
    }

    [Fact]
    public void AddMembersBatch_UnsyncedList_QueuesNothing()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List(synced: false);

        // Act
        org.Organization.InvokePlugin(new ListMembersBatchAddedPlugin(), new PluginInvocation(MessageNames.AddMembersBatch, TableNames.List, list));

        // Assert
        Assert.Empty(org.QueueRows);
    }

    [Fact]
    public void AddMembersBatchList_ExecutedOnTheInMemoryOrganization_IsNotSupportedNamingTheMessage()
    {
        // Arrange
        var org = new OrganizationFixture();

        // Act
        var error = Assert.Throws<NotSupportedByInMemoryServiceException>(() => org.Service.Execute(new OrganizationRequest("AddMembersBatchList")));

        // Assert
        Assert.Contains("AddMembersBatchList", error.Message, StringComparison.Ordinal);
    }
}
