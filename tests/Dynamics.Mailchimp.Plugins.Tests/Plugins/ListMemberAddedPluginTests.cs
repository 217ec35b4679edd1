using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

public sealed class ListMemberAddedPluginTests
{
    [Theory]
    [InlineData(TableNames.Contact, 2)]
    [InlineData(TableNames.Lead, 4)]
    [InlineData(TableNames.Account, 1)]
    public void AddMember_SyncedList_QueuesOneRowWithOneReadOneWrite(string table, int memberType)
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List(memberType: memberType);
        var member = org.Contact(table: table);

        // Act
        org.Service.Execute(new AddMemberListRequest { ListId = list, EntityId = member });

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(QueueItemKinds.ListMemberAdded, row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
        Assert.Equal(list.ToString("D"), row.GetAttributeValue<string>(QueueItemFields.ListId));
        Assert.Equal(member.ToString("D"), row.GetAttributeValue<string>(QueueItemFields.TargetId));
        Assert.Equal(table, row.GetAttributeValue<string>(QueueItemFields.TargetTable));
        var execution = org.LastExecution(nameof(ListMemberAddedPlugin));
        Assert.Equal((1, 1), (execution.Reads, execution.Writes));
    }

    [Fact]
    public void AddMember_ByMarketingUser_WritesTheQueueRowAsSystem()
    {
        // Arrange: a marketer's role need not grant anything on the connector's queue table.
        var org = new OrganizationFixture();
        var list = org.List();
        var marketer = org.Organization.CreateUser("Marketing User", null);

        // Act
        org.Organization.CreateService(marketer).Execute(new AddMemberListRequest { ListId = list, EntityId = org.Contact() });

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(org.Organization.SystemUserId, row.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Equal(marketer.ToString("D"), row.GetAttributeValue<string>(QueueItemFields.InitiatingUserId));
    }

    [Fact]
    public void AddMember_UnsyncedList_QueuesNothingAfterOneRead()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List(synced: false);

        // Act
        org.Service.Execute(new AddMemberListRequest { ListId = list, EntityId = org.Contact() });

        // Assert
        Assert.Empty(org.QueueRows);
        var execution = org.LastExecution(nameof(ListMemberAddedPlugin));
        Assert.Equal((1, 0), (execution.Reads, execution.Writes));
        Assert.Contains(execution.Traces, t => t.Contains("not synced", StringComparison.Ordinal));
    }

    [Fact]
    public void AddMember_InactiveSyncedList_IsRefusedAndQueuesNothing()
    {
        // Arrange: Microsoft's list reference: "Inactive marketing lists are read-only".
        var org = new OrganizationFixture();
        var list = org.List(active: false);
        var contact = org.Contact();

        // Act
        Assert.Throws<Dynamics.Mailchimp.Sandbox.Xrm.Faults.OrganizationServiceFaultException>(() => org.Service.Execute(new AddMemberListRequest { ListId = list, EntityId = contact }));

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Equal(0, org.Organization.Count(TableNames.ListMember));
    }

    [Fact]
    public void AddMember_ContactWithoutEmail_StillQueuesForTheJobToReport()
    {
        // Arrange: the plug-in does one read (the list); the job reads the member and reports the missing email.
        var org = new OrganizationFixture();
        var list = org.List();

        // Act
        org.Service.Execute(new AddMemberListRequest { ListId = list, EntityId = org.Contact(email: null) });

        // Assert
        Assert.Single(org.QueueRows);
    }

    [Fact]
    public void AddMember_TaggedBySyncJob_QueuesNothing()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();

        // Act
        org.Tagged().Execute(new AddMemberListRequest { ListId = list, EntityId = org.Contact() });

        // Assert
        Assert.Empty(org.QueueRows);
    }

    [Fact]
    public void AddMember_ByConnectorApplicationUser_QueuesNothing()
    {
        // Arrange
        var connector = Guid.NewGuid();
        var org = new OrganizationFixture(connector);
        var list = org.List();

        // Act
        org.Organization.CreateService(connector).Execute(new AddMemberListRequest { ListId = list, EntityId = org.Contact() });

        // Assert
        Assert.Empty(org.QueueRows);
    }

    [Fact]
    public void Execute_MissingEntityId_ThrowsNamingTheList()
    {
        // Arrange
        var org = new OrganizationFixture();
        var list = org.List();
        var invocation = new PluginInvocation(MessageNames.AddMember, TableNames.List, list);
        invocation.InputParameters[ParameterNames.ListId] = list;

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Organization.InvokePlugin(new ListMemberAddedPlugin(), invocation));

        // Assert
        Assert.Contains($"AddMember of list {list}", error.Message);
        Assert.Contains("'EntityId'", error.Message);
        Assert.Empty(org.QueueRows);
    }

    [Fact]
    public void Execute_WrongTable_ThrowsNamingTheRecord()
    {
        // Arrange
        var org = new OrganizationFixture();
        var id = Guid.NewGuid();

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            org.Organization.InvokePlugin(new ListMemberAddedPlugin(), new PluginInvocation(MessageNames.AddMember, TableNames.Contact, id)));

        // Assert
        Assert.Contains("handles list", error.Message);
        Assert.Contains($"contact {id}", error.Message);
    }
}
