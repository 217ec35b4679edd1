using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Storage;

/// <summary>
/// State and status reason, as Dataverse enforces them. Sources: Microsoft's lead reference (StateCode 0 Open DefaultStatus 1,
/// 1 Qualified DefaultStatus 3, 2 Disqualified DefaultStatus 4; StatusCode 1 New and 2 Contacted in Open, 3 Qualified,
/// 4 Lost to 7 Canceled in Disqualified); list reference (0 Active/0, 1 Inactive/1); recorded real errors
/// "22 is not a valid status code for state code AsyncOperationState.Completed on asyncoperation with Id …" and
/// errorCode 2147779592 (0x80048408) "State code is invalid or state code is valid but status code is invalid for a specified state code."
/// That code, its name (InvalidStateCodeStatusCode) and its message are in Microsoft's Dataverse error-code list,
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
/// (MicrosoftDocs/powerapps-docs powerapps-docs/developer/data-platform/includes/data-service-errors.md).
/// </summary>
public sealed class StateStatusRulesTests
{
    private static (InMemoryOrganization Org, IOrganizationService Service) CreateSut()
    {
        var org = new InMemoryOrganization();
        return (org, org.CreateService());
    }

    private static Entity Lead(int? state = null, int? status = null)
    {
        var lead = new Entity("lead") { ["lastname"] = "Lovelace", ["emailaddress1"] = "ada@example.org" };
        if (state is { } s)
        {
            lead["statecode"] = new OptionSetValue(s);
        }

        if (status is { } r)
        {
            lead["statuscode"] = new OptionSetValue(r);
        }

        return lead;
    }

    private static (int State, int Status) StateOf(IOrganizationService service, string table, Guid id)
    {
        var row = service.Retrieve(table, id, new ColumnSet("statecode", "statuscode"));
        return (row.GetAttributeValue<OptionSetValue>("statecode").Value, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Create_LeadWithoutStatus_IsOpenAndNew()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act
        var id = service.Create(Lead());

        // Assert
        Assert.Equal((0, 1), StateOf(service, "lead", id));
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 4)]
    public void Update_LeadStateWithoutStatus_GetsTheStatesDefaultStatus(int state, int expectedStatus)
    {
        // Arrange
        var (_, service) = CreateSut();
        var id = service.Create(Lead());

        // Act
        service.Update(new Entity("lead", id) { ["statecode"] = new OptionSetValue(state) });

        // Assert
        Assert.Equal((state, expectedStatus), StateOf(service, "lead", id));
    }

    [Fact]
    public void Update_LeadDisqualifiedAsCannotContact_IsKept()
    {
        // Arrange
        var (_, service) = CreateSut();
        var id = service.Create(Lead());

        // Act
        service.Update(new Entity("lead", id) { ["statecode"] = new OptionSetValue(2), ["statuscode"] = new OptionSetValue(5) });

        // Assert
        Assert.Equal((2, 5), StateOf(service, "lead", id));
    }

    [Fact]
    public void Update_LeadStatusOfAnotherState_IsRefusedWithDataversesCodeAndMessage()
    {
        // Arrange
        var (_, service) = CreateSut();
        var id = service.Create(Lead());

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() =>
            service.Update(new Entity("lead", id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(4) }));

        // Assert
        Assert.Equal("0x80048408", fault.HexCode);
        Assert.Equal($"4 is not a valid status code for state code LeadState.Qualified on lead with Id {id}.", fault.Message);
        Assert.Equal((0, 1), StateOf(service, "lead", id));
    }

    [Fact]
    public void Update_LeadStatusAloneOfAnotherState_IsRefused()
    {
        // Arrange: the status reason alone is checked against the stored state.
        var (_, service) = CreateSut();
        var id = service.Create(Lead());

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Update(new Entity("lead", id) { ["statuscode"] = new OptionSetValue(3) }));

        // Assert
        Assert.Equal(OrganizationErrorCodes.InvalidStateCodeStatusCode, fault.ErrorCode);
        Assert.Contains("LeadState.Open", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_LeadStatusAloneWithinTheState_IsKept()
    {
        // Arrange
        var (_, service) = CreateSut();
        var id = service.Create(Lead());

        // Act
        service.Update(new Entity("lead", id) { ["statuscode"] = new OptionSetValue(2) });

        // Assert
        Assert.Equal((0, 2), StateOf(service, "lead", id));
    }

    [Fact]
    public void Create_LeadWithUnknownState_IsRefused()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(Lead(state: 3)));

        // Assert
        Assert.Contains("statecode", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ListAndContact_GetTheirTablesDefaultStatus()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act
        var list = service.Create(new Entity("list") { ["listname"] = "Newsletter", ["createdfromcode"] = new OptionSetValue(2) });
        var contact = service.Create(new Entity("contact") { ["lastname"] = "Lovelace" });

        // Assert
        Assert.Equal((0, 0), StateOf(service, "list", list));
        Assert.Equal((0, 1), StateOf(service, "contact", contact));
    }

    [Fact]
    public void Update_ContactInactiveWithActiveStatus_IsRefused()
    {
        // Arrange
        var (_, service) = CreateSut();
        var id = service.Create(new Entity("contact") { ["lastname"] = "Lovelace" });

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() =>
            service.Update(new Entity("contact", id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(1) }));

        // Assert
        Assert.Equal($"1 is not a valid status code for state code ContactState.Inactive on contact with Id {id}.", fault.Message);
    }
}
