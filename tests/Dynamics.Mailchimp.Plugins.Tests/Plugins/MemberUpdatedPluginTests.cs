using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

public sealed class MemberUpdatedPluginTests
{
    private static (OrganizationFixture Org, Guid Contact) ListedContact(bool synced = true, string? email = "ada@example.org", string table = TableNames.Contact, int memberType = 2)
    {
        var org = new OrganizationFixture();
        var list = org.List(synced: synced, memberType: memberType);
        var contact = org.Contact(email, table);
        org.AddToList(list, contact);
        return (org, contact);
    }

    [Theory]
    [InlineData(TableNames.Contact, 2)]
    [InlineData(TableNames.Lead, 4)]
    [InlineData(TableNames.Account, 1)]
    public void Update_EmailOfListedRecord_QueuesNewAndPreviousEmailWithOneReadOneWrite(string table, int memberType)
    {
        // Arrange
        var (org, id) = ListedContact(table: table, memberType: memberType);

        // Act
        org.Service.Update(new Entity(table, id) { [MemberFields.EmailAddress1] = "ada.lovelace@example.org" });

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal("ada.lovelace@example.org", row.GetAttributeValue<string>(QueueItemFields.Email));
        Assert.Equal("ada@example.org", row.GetAttributeValue<string>(QueueItemFields.PreviousEmail));
        Assert.Equal(MemberFields.EmailAddress1, row.GetAttributeValue<string>(QueueItemFields.ChangedColumns));
        var execution = org.LastExecution(nameof(MemberUpdatedPlugin));
        Assert.Equal((1, 1), (execution.Reads, execution.Writes));
    }

    [Fact]
    public void Update_ClearedEmail_QueuesPreviousEmailSoTheMemberCanLeave()
    {
        // Arrange
        var (org, id) = ListedContact();

        // Act
        org.Service.Update(new Entity(TableNames.Contact, id) { [MemberFields.EmailAddress1] = null });

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.False(row.Contains(QueueItemFields.Email));
        Assert.Equal("ada@example.org", row.GetAttributeValue<string>(QueueItemFields.PreviousEmail));
    }

    [Fact]
    public void Update_Deactivated_QueuesStateChangeWithCurrentEmail()
    {
        // Arrange
        var (org, id) = ListedContact();

        // Act
        org.Service.Update(new Entity(TableNames.Contact, id) { [MemberFields.StateCode] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(MemberFields.StateCode, row.GetAttributeValue<string>(QueueItemFields.ChangedColumns));
        Assert.Equal("ada@example.org", row.GetAttributeValue<string>(QueueItemFields.Email));
    }

    [Fact]
    public void Update_ConsentAndMappedColumn_QueuesBothColumns()
    {
        // Arrange
        var (org, id) = ListedContact();

        // Act
        org.Service.Update(new Entity(TableNames.Contact, id) { [MemberFields.DoNotBulkEmail] = true, ["telephone1"] = "+44 20 7946 0000" });

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal("donotbulkemail,telephone1", row.GetAttributeValue<string>(QueueItemFields.ChangedColumns));
    }

    [Fact]
    public void Update_UnmappedColumn_DoesNotRunThePlugin()
    {
        // Arrange
        var (org, id) = ListedContact();

        // Act
        org.Service.Update(new Entity(TableNames.Contact, id) { ["jobtitle"] = "Analyst" });

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Empty(org.Executions(nameof(MemberUpdatedPlugin)));
    }

    [Fact]
    public void Update_ContactOnlyInUnsyncedList_QueuesNothingAfterOneRead()
    {
        // Arrange
        var (org, id) = ListedContact(synced: false);

        // Act
        org.Service.Update(new Entity(TableNames.Contact, id) { [PersonFields.FirstName] = "Augusta" });

        // Assert
        Assert.Empty(org.QueueRows);
        var execution = org.LastExecution(nameof(MemberUpdatedPlugin));
        Assert.Equal((1, 0), (execution.Reads, execution.Writes));
    }

    [Fact]
    public void Update_ContactWithoutEmail_QueuesNothingWithoutReading()
    {
        // Arrange
        var (org, id) = ListedContact(email: null);

        // Act
        org.Service.Update(new Entity(TableNames.Contact, id) { [PersonFields.FirstName] = "Augusta" });

        // Assert
        Assert.Empty(org.QueueRows);
        var execution = org.LastExecution(nameof(MemberUpdatedPlugin));
        Assert.Equal((0, 0), (execution.Reads, execution.Writes));
    }

    [Fact]
    public void Update_TaggedBySyncJob_QueuesNothing()
    {
        // Arrange
        var (org, id) = ListedContact();

        // Act
        org.Tagged().Update(new Entity(TableNames.Contact, id) { [MemberFields.DoNotBulkEmail] = true });

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Contains(org.LastExecution(nameof(MemberUpdatedPlugin)).Traces, t => t.Contains("tagged 'dmc-sync'", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_OtherTag_StillQueues()
    {
        // Arrange
        var (org, id) = ListedContact();

        // Act
        org.Tagged("import").Update(new Entity(TableNames.Contact, id) { [MemberFields.DoNotBulkEmail] = true });

        // Assert
        Assert.Single(org.QueueRows);
    }

    [Fact]
    public void Update_ByConnectorApplicationUser_QueuesNothing()
    {
        // Arrange
        var connector = Guid.NewGuid();
        var org = new OrganizationFixture(connectorUserId: connector);
        var list = org.List();
        var id = org.Contact();
        org.AddToList(list, id);

        // Act
        org.Organization.CreateService(connector).Update(new Entity(TableNames.Contact, id) { [MemberFields.DoNotSendMarketingMaterials] = true });

        // Assert
        Assert.Empty(org.QueueRows);
    }

    [Fact]
    public void Execute_TargetIsAReference_ThrowsNamingTheRecord()
    {
        // Arrange
        var org = new OrganizationFixture();
        var id = Guid.NewGuid();
        var invocation = new PluginInvocation(MessageNames.Update, TableNames.Contact, id);
        invocation.InputParameters[ParameterNames.Target] = new EntityReference(TableNames.Contact, id);

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Organization.InvokePlugin(new MemberUpdatedPlugin(), invocation));

        // Assert
        Assert.Contains($"Update of contact {id}", error.Message);
        Assert.Contains("EntityReference, not Entity", error.Message);
    }
}
