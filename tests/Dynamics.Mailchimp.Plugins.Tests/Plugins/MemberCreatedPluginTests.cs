using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

public sealed class MemberCreatedPluginTests
{
    private static Entity NewRecord(string table, string? email)
    {
        var record = new Entity(table);
        record[table == TableNames.Account ? AccountFields.Name : PersonFields.LastName] = "Lovelace";
        if (email is not null)
        {
            record[MemberFields.EmailAddress1] = email;
        }

        return record;
    }

    [Theory]
    [InlineData(TableNames.Contact, 2)]
    [InlineData(TableNames.Lead, 4)]
    [InlineData(TableNames.Account, 1)]
    public void Create_WithEmailAndSyncedDynamicList_QueuesMemberChangedWithOneReadOneWrite(string table, int memberType)
    {
        // Arrange
        var org = new OrganizationFixture();
        org.List(dynamic: true, memberType: memberType);

        // Act
        var id = org.Service.Create(NewRecord(table, "ada@example.org"));

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(QueueItemKinds.MemberChanged, row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
        Assert.Equal(table, row.GetAttributeValue<string>(QueueItemFields.TargetTable));
        Assert.Equal(id.ToString("D"), row.GetAttributeValue<string>(QueueItemFields.TargetId));
        Assert.Equal("ada@example.org", row.GetAttributeValue<string>(QueueItemFields.Email));
        Assert.Equal(QueueItemStates.Pending, row.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value);
        var execution = org.LastExecution(nameof(MemberCreatedPlugin));
        Assert.Equal((1, 1), (execution.Reads, execution.Writes));
    }

    [Fact]
    public void Create_OnlyStaticSyncedLists_QueuesNothingAfterOneRead()
    {
        // Arrange
        var org = new OrganizationFixture();
        org.List(dynamic: false);

        // Act
        org.Service.Create(NewRecord(TableNames.Contact, "ada@example.org"));

        // Assert
        Assert.Empty(org.QueueRows);
        var execution = org.LastExecution(nameof(MemberCreatedPlugin));
        Assert.Equal((1, 0), (execution.Reads, execution.Writes));
        Assert.Contains(execution.Traces, t => t.Contains("no synced dynamic list", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_DynamicListOfAnotherMemberType_QueuesNothing()
    {
        // Arrange
        var org = new OrganizationFixture();
        org.List(dynamic: true, memberType: 4);

        // Act
        org.Service.Create(NewRecord(TableNames.Contact, "ada@example.org"));

        // Assert
        Assert.Empty(org.QueueRows);
    }

    [Fact]
    public void Create_ContactWithoutEmail_QueuesNothingAndDoesNotRead()
    {
        // Arrange
        var org = new OrganizationFixture();
        org.List(dynamic: true);

        // Act
        org.Service.Create(NewRecord(TableNames.Contact, email: null));

        // Assert
        Assert.Empty(org.QueueRows);
        var execution = org.LastExecution(nameof(MemberCreatedPlugin));
        Assert.Equal((0, 0), (execution.Reads, execution.Writes));
        Assert.Contains(execution.Traces, t => t.Contains("has no email", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_ByConnectorApplicationUser_QueuesNothing()
    {
        // Arrange
        var connector = Guid.NewGuid();
        var org = new OrganizationFixture(connectorUserId: connector);
        org.List(dynamic: true);
        var asConnector = org.Organization.CreateService(connector);

        // Act
        asConnector.Create(NewRecord(TableNames.Contact, "ada@example.org"));

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Contains(org.LastExecution(nameof(MemberCreatedPlugin)).Traces, t => t.Contains("connector's user", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_MissingTarget_ThrowsNamingTheRecord()
    {
        // Arrange
        var org = new OrganizationFixture();
        var id = Guid.NewGuid();

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            org.Organization.InvokePlugin(new MemberCreatedPlugin(), new PluginInvocation(MessageNames.Create, TableNames.Contact, id)));

        // Assert
        Assert.Contains("no 'Target'", error.Message);
        Assert.Contains($"Create of contact {id}", error.Message);
        Assert.Empty(org.QueueRows);
    }

    [Fact]
    public void Execute_WrongTable_ThrowsNamingTheRecord()
    {
        // Arrange
        var org = new OrganizationFixture();
        var id = Guid.NewGuid();
        var invocation = new PluginInvocation(MessageNames.Create, "opportunity", id);
        invocation.InputParameters[ParameterNames.Target] = new Entity("opportunity", id);

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Organization.InvokePlugin(new MemberCreatedPlugin(), invocation));

        // Assert
        Assert.Contains("handles contact, lead, account", error.Message);
        Assert.Contains($"opportunity {id}", error.Message);
    }
}
