using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

public sealed class MemberDeletedPluginTests
{
    [Fact]
    public void Delete_ListedContact_QueuesRemovalWithEmailSnapshot()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        var id = org.Contact("ada@example.org");
        org.AddToList(list, id);

        // Act
        org.Service.Delete(TableNames.Contact, id);

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(QueueItemKinds.MemberDeleted, row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
        Assert.Equal("ada@example.org", row.GetAttributeValue<string>(QueueItemFields.Email));
        Assert.Equal(id.ToString("D"), row.GetAttributeValue<string>(QueueItemFields.TargetId));
        var execution = org.LastExecution(nameof(MemberDeletedPlugin));
        Assert.Equal((1, 1), (execution.Reads, execution.Writes));
        Assert.Equal(0, org.Organization.Count(TableNames.ListMember));
    }

    [Fact]
    public void Delete_ContactInNoSyncedList_QueuesNothing()
    {
        // Arrange
        var org = new OrganizationFixture();
        var id = org.Contact("ada@example.org");

        // Act
        org.Service.Delete(TableNames.Contact, id);

        // Assert
        Assert.Empty(org.QueueRows);
    }

    [Fact]
    public void Delete_ContactWithoutEmail_QueuesNothingWithoutReading()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        var id = org.Contact(email: null);
        org.AddToList(list, id);

        // Act
        org.Service.Delete(TableNames.Contact, id);

        // Assert
        Assert.Empty(org.QueueRows);
        var execution = org.LastExecution(nameof(MemberDeletedPlugin));
        Assert.Equal((0, 0), (execution.Reads, execution.Writes));
    }

    [Fact]
    public void Execute_MissingTarget_ThrowsNamingTheRecord()
    {
        // Arrange
        var org = new OrganizationFixture();
        var id = Guid.NewGuid();

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            org.Organization.InvokePlugin(new MemberDeletedPlugin(), new PluginInvocation(MessageNames.Delete, TableNames.Lead, id) { Stage = 20 }));

        // Assert
        Assert.Contains($"Delete of lead {id}", error.Message);
    }
}
