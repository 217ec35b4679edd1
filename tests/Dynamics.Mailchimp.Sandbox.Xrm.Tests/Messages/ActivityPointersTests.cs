using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Messages;

/// <summary>
/// Activity tables as Dataverse keeps them, on the connector's Email Activity table. Sources: "Whenever you create an
/// activity record in Dataverse, a corresponding activity pointer record is created. The activity record and the
/// corresponding activity pointer record have the same value for the ActivityId column", with ActivityTypeCode giving the
/// activity's type (https://learn.microsoft.com/power-apps/developer/data-platform/activitypointer-activity-entity,
/// MicrosoftDocs/powerapps-docs powerapps-docs/developer/data-platform/activitypointer-activity-entity.md); the pointer
/// table supports Retrieve and RetrieveMultiple only (ActivityPointer entity reference, Messages:
/// MicrosoftDocs/dynamics-365-customer-engagement ce/developer/entities/activitypointer.md), and other messages are refused
/// as "The 'Create' method does not support entities of type 'activitypointer'" (the platform's wording, as recorded in
/// public integration code run against real organizations); custom activities have the four states Open, Completed,
/// Canceled and Scheduled (same activitypointer page), each with its default status reason.
/// </summary>
public sealed class ActivityPointersTests
{
    private const string Activity = "dmc_emailactivity";
    private const string Pointer = "activitypointer";

    private static (InMemoryOrganization Org, IOrganizationService Service, Guid Contact, Guid Lead) CreateSut()
    {
        var org = new InMemoryOrganization();
        var service = org.CreateService();
        var contact = service.Create(new Entity("contact") { ["lastname"] = "Otieno", ["emailaddress1"] = "yvonne@example.com" });
        var lead = service.Create(new Entity("lead") { ["lastname"] = "Lee", ["emailaddress1"] = "lee@example.com" });
        return (org, service, contact, lead);
    }

    private static Entity Open(EntityReference regarding, string member = "m1", int state = 1) => new(Activity)
    {
        ["subject"] = "Open: November news",
        ["regardingobjectid"] = regarding,
        ["dmc_memberid"] = member,
        ["dmc_campaignmailchimpid"] = "c1",
        ["dmc_action"] = new OptionSetValue(100000001),
        ["dmc_occurredon"] = new DateTime(2026, 11, 2, 9, 30, 0, DateTimeKind.Utc),
        ["actualend"] = new DateTime(2026, 11, 2, 9, 30, 0, DateTimeKind.Utc),
        ["statecode"] = new OptionSetValue(state),
    };

    [Fact]
    public void Create_ActivityRow_CreatesItsPointerWithTheSameIdTypeAndRegarding()
    {
        // Arrange
        var (org, service, contact, _) = CreateSut();

        // Act
        var id = service.Create(Open(new EntityReference("contact", contact)));

        // Assert
        var pointer = Assert.Single(org.Rows(Pointer));
        Assert.Equal(id, pointer.Id);
        Assert.Equal((Activity, "Open: November news"), (pointer.GetAttributeValue<string>("activitytypecode"), pointer.GetAttributeValue<string>("subject")));
        Assert.Equal(contact, pointer.GetAttributeValue<EntityReference>("regardingobjectid").Id);
        Assert.Equal(Activity, org.Rows(Activity).Single().GetAttributeValue<string>("activitytypecode"));
    }

    [Fact]
    public void Create_CompletedActivity_GetsTheCompletedStatusOnRowAndPointer()
    {
        // Arrange
        var (org, service, contact, _) = CreateSut();

        // Act
        service.Create(Open(new EntityReference("contact", contact)));

        // Assert
        Assert.All([org.Rows(Activity).Single(), org.Rows(Pointer).Single()], row =>
            Assert.Equal((1, 2), (row.GetAttributeValue<OptionSetValue>("statecode").Value, row.GetAttributeValue<OptionSetValue>("statuscode").Value)));
    }

    [Fact]
    public void Create_ScheduledState_IsAcceptedForACustomActivity()
    {
        // Arrange
        var (org, service, contact, _) = CreateSut();

        // Act
        service.Create(Open(new EntityReference("contact", contact), state: 3));

        // Assert
        Assert.Equal(4, org.Rows(Pointer).Single().GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void RetrieveMultiple_PointersRegardingAContact_ReturnsItsActivitiesOnly()
    {
        // Arrange: the timeline's query, activities regarding the record.
        var (_, service, contact, lead) = CreateSut();
        var mine = service.Create(Open(new EntityReference("contact", contact), "m1"));
        service.Create(Open(new EntityReference("lead", lead), "m2"));
        var query = new QueryExpression(Pointer) { ColumnSet = new ColumnSet("activitytypecode", "subject") };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, contact);

        // Act
        var rows = service.RetrieveMultiple(query).Entities;

        // Assert
        var row = Assert.Single(rows);
        Assert.Equal((mine, Activity), (row.Id, row.GetAttributeValue<string>("activitytypecode")));
    }

    [Fact]
    public void Update_ActivityRow_KeepsItsPointerInStep()
    {
        // Arrange
        var (org, service, contact, lead) = CreateSut();
        var id = service.Create(Open(new EntityReference("contact", contact)));

        // Act
        service.Update(new Entity(Activity, id) { ["subject"] = "Open: December news", ["regardingobjectid"] = new EntityReference("lead", lead) });

        // Assert
        var pointer = org.Rows(Pointer).Single();
        Assert.Equal(("Open: December news", "lead", lead), (pointer.GetAttributeValue<string>("subject"), pointer.GetAttributeValue<EntityReference>("regardingobjectid").LogicalName, pointer.GetAttributeValue<EntityReference>("regardingobjectid").Id));
    }

    [Fact]
    public void Delete_ActivityRow_RemovesItsPointer()
    {
        // Arrange
        var (org, service, contact, _) = CreateSut();
        var id = service.Create(Open(new EntityReference("contact", contact)));

        // Act
        service.Delete(Activity, id);

        // Assert
        Assert.Empty(org.Rows(Pointer));
    }

    [Fact]
    public void RunInTransaction_RolledBackActivityCreate_LeavesNoPointer()
    {
        // Arrange
        var (org, service, contact, _) = CreateSut();

        // Act
        org.RunInTransaction(() =>
        {
            service.Create(Open(new EntityReference("contact", contact)));
            return false;
        });

        // Assert
        Assert.Empty(org.Rows(Pointer));
        Assert.Empty(org.Rows(Activity));
    }

    [Theory]
    [InlineData("Create")]
    [InlineData("Update")]
    [InlineData("Delete")]
    public void Write_ToActivityPointerItself_IsRefusedAsThePlatformDoes(string message)
    {
        // Arrange
        var (_, service, contact, _) = CreateSut();
        var id = service.Create(Open(new EntityReference("contact", contact)));
        Action write = message switch
        {
            "Create" => () => service.Create(new Entity(Pointer) { ["subject"] = "x" }),
            "Update" => () => service.Update(new Entity(Pointer, id) { ["subject"] = "x" }),
            _ => () => service.Delete(Pointer, id),
        };

        // Act
        var fault = Assert.IsType<OrganizationServiceFaultException>(Record.Exception(write));

        // Assert
        Assert.Equal($"The '{message}' method does not support entities of type 'activitypointer'.", fault.Message);
    }

    [Fact]
    public void Create_RegardingATableItCannotRegard_IsRefused()
    {
        // Arrange
        var (_, service, _, _) = CreateSut();
        var state = service.Create(new Entity("dmc_syncstate") { ["dmc_name"] = "lease:pull" });

        // Act
        var fault = Assert.IsType<OrganizationServiceFaultException>(Record.Exception(() => service.Create(Open(new EntityReference("dmc_syncstate", state)))));

        // Assert
        Assert.Equal(OrganizationErrorCodes.InvalidArgument, fault.ErrorCode);
    }

    [Fact]
    public void Create_WithTheOldContactLookup_IsRefusedAsAnUnknownColumn()
    {
        // Arrange
        var (_, service, contact, _) = CreateSut();
        var row = Open(new EntityReference("contact", contact));
        row["dmc_contact"] = new EntityReference("contact", contact);

        // Act
        var fault = Assert.IsType<OrganizationServiceFaultException>(Record.Exception(() => service.Create(row)));

        // Assert
        Assert.Equal(OrganizationErrorCodes.AttributeNotFound, fault.ErrorCode);
    }

    [Fact]
    public void Create_SecondActivityWithTheSameEventKey_IsRefusedByTheAlternateKey()
    {
        // Arrange: the event key (member, campaign, action, time) on an activity table.
        var (org, service, contact, _) = CreateSut();
        service.Create(Open(new EntityReference("contact", contact)));

        // Act
        var fault = Assert.IsType<OrganizationServiceFaultException>(Record.Exception(() => service.Create(Open(new EntityReference("contact", contact)))));

        // Assert
        Assert.Equal(OrganizationErrorCodes.DuplicateRecordEntityKey, fault.ErrorCode);
        Assert.Single(org.Rows(Pointer));
    }
}
