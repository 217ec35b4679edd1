using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Organization;

public sealed class InMemoryOrganizationTests
{
    private static (InMemoryOrganization Org, IOrganizationService Service) CreateSut()
    {
        var org = new InMemoryOrganization();
        return (org, org.CreateService(new CallerOptions(org.SystemUserId, BypassCustomPlugins: true)));
    }

    private static Entity Contact(string email = "ada@example.org") =>
        new("contact") { ["firstname"] = "Ada", ["lastname"] = "Lovelace", ["emailaddress1"] = email };

    [Fact]
    public void Create_Contact_AssignsIdDefaultsFullNameAndVersion()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act
        var id = service.Create(Contact());
        var stored = service.Retrieve("contact", id, new ColumnSet(true));

        // Assert
        Assert.Equal(id, stored.Id);
        Assert.Equal(id, stored.GetAttributeValue<Guid>("contactid"));
        Assert.Equal("Ada Lovelace", stored.GetAttributeValue<string>("fullname"));
        Assert.False(stored.GetAttributeValue<bool>("donotbulkemail"));
        Assert.Equal(0, stored.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.False(string.IsNullOrEmpty(stored.RowVersion));
        Assert.Equal(stored.RowVersion, stored.GetAttributeValue<long>("versionnumber").ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Retrieve_ColumnSet_ReturnsOnlyThoseColumnsAndTheKey()
    {
        // Arrange
        var (_, service) = CreateSut();
        var id = service.Create(Contact());

        // Act
        var stored = service.Retrieve("contact", id, new ColumnSet("emailaddress1"));

        // Assert
        Assert.Equal(["contactid", "emailaddress1"], stored.Attributes.Keys.Order());
    }

    [Fact]
    public void Exists_RowCreatedThenDeleted_FollowsTheStore()
    {
        // Arrange
        var (org, service) = CreateSut();
        var id = service.Create(Contact());

        // Act
        var afterCreate = org.Exists("contact", id);
        service.Delete("contact", id);
        var afterDelete = org.Exists("contact", id);

        // Assert
        Assert.True(afterCreate);
        Assert.False(afterDelete);
        Assert.False(org.Exists("account", id));
    }

    [Fact]
    public void Exists_RowOfARolledBackTransaction_IsFalse()
    {
        // Arrange
        var (org, service) = CreateSut();
        var id = Guid.NewGuid();

        // Act
        var inside = false;
        org.RunInTransaction(() =>
        {
            service.Create(new Entity("contact", id) { ["lastname"] = "Lovelace" });
            inside = org.Exists("contact", id);
            return false;
        });

        // Assert
        Assert.True(inside);
        Assert.False(org.Exists("contact", id));
    }

    [Fact]
    public void Retrieve_MissingRow_FaultsNamingTheRecord()
    {
        // Arrange
        var (_, service) = CreateSut();
        var id = Guid.NewGuid();

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Retrieve("contact", id, new ColumnSet(true)));

        // Assert
        Assert.Equal(OrganizationErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Equal($"contact With Ids = {id} Does Not Exist", fault.Message);
        Assert.Equal("0x80040217", fault.HexCode);
    }

    [Fact]
    public void Create_UnknownColumn_FaultsNamingTableAndColumn()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(new Entity("contact") { ["nickname"] = "x" }));

        // Assert
        Assert.Equal(OrganizationErrorCodes.AttributeNotFound, fault.ErrorCode);
        Assert.Contains("'contact' entity doesn't contain attribute with Name = 'nickname'", fault.Message);
    }

    [Fact]
    public void Create_UnknownTable_Faults()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(new Entity("opportunity")));

        // Assert
        Assert.Equal(OrganizationErrorCodes.EntityNotFound, fault.ErrorCode);
        Assert.Contains("'opportunity'", fault.Message);
    }

    [Fact]
    public void Create_TooLongEmail_FaultsWithMaxLength()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(Contact(new string('a', 95) + "@example.org")));

        // Assert
        Assert.Equal(OrganizationErrorCodes.MaxLengthExceeded, fault.ErrorCode);
        Assert.Contains("'emailaddress1'", fault.Message);
        Assert.Contains("'100'", fault.Message);
    }

    [Theory]
    [InlineData("donotbulkemail", "yes")]
    [InlineData("statecode", 1)]
    public void Create_WrongValueType_Faults(string column, object value)
    {
        // Arrange
        var (_, service) = CreateSut();
        var contact = Contact();
        contact[column] = value;

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(contact));

        // Assert
        Assert.Equal(OrganizationErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains(column, fault.Message);
    }

    [Fact]
    public void Create_InvalidOptionValue_Faults()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(new Entity("list") { ["listname"] = "x", ["createdfromcode"] = new OptionSetValue(3) }));

        // Assert
        Assert.Contains("3 is not a valid value for 'createdfromcode'", fault.Message);
    }

    [Fact]
    public void Update_StaleRowVersion_FaultsAndKeepsRow()
    {
        // Arrange
        var (_, service) = CreateSut();
        var id = service.Create(Contact());
        var stale = service.Retrieve("contact", id, new ColumnSet("emailaddress1")).RowVersion;
        service.Update(new Entity("contact", id) { ["firstname"] = "Augusta" });

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Execute(new UpdateRequest
        {
            Target = new Entity("contact", id) { ["firstname"] = "Lost", RowVersion = stale },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));

        // Assert
        Assert.Equal(OrganizationErrorCodes.ConcurrencyVersionMismatch, fault.ErrorCode);
        Assert.Equal("Augusta", service.Retrieve("contact", id, new ColumnSet("firstname")).GetAttributeValue<string>("firstname"));
    }

    [Fact]
    public void Update_NullValue_ClearsColumnAndBumpsVersion()
    {
        // Arrange
        var (_, service) = CreateSut();
        var id = service.Create(Contact());
        var before = service.Retrieve("contact", id, new ColumnSet(true)).RowVersion;

        // Act
        service.Update(new Entity("contact", id) { ["emailaddress1"] = null });

        // Assert
        var after = service.Retrieve("contact", id, new ColumnSet(true));
        Assert.False(after.Contains("emailaddress1"));
        Assert.True(long.Parse(after.RowVersion, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(before, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Delete_Member_CascadesListMembershipAndCount()
    {
        // Arrange
        var (org, service) = CreateSut();
        var list = service.Create(new Entity("list") { ["listname"] = "L", ["createdfromcode"] = new OptionSetValue(2) });
        var a = service.Create(Contact());
        var b = service.Create(Contact("b@example.org"));
        service.Execute(new AddListMembersListRequest { ListId = list, MemberIds = [a, b] });

        // Act
        service.Delete("contact", a);

        // Assert
        Assert.Equal(1, org.Count("listmember"));
        Assert.Equal(1, service.Retrieve("list", list, new ColumnSet("membercount")).GetAttributeValue<int>("membercount"));
    }

    [Fact]
    public void AddMemberList_TwiceAndWrongType_KeepsOneMembershipAndRefusesLeads()
    {
        // Arrange
        var (org, service) = CreateSut();
        var list = service.Create(new Entity("list") { ["listname"] = "L", ["createdfromcode"] = new OptionSetValue(2) });
        var contact = service.Create(Contact());
        var lead = service.Create(new Entity("lead") { ["lastname"] = "L" });

        // Act
        var first = (Guid)service.Execute(new AddMemberListRequest { ListId = list, EntityId = contact }).Results["Id"];
        var second = (Guid)service.Execute(new AddMemberListRequest { ListId = list, EntityId = contact }).Results["Id"];
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Execute(new AddMemberListRequest { ListId = list, EntityId = lead }));

        // Assert
        Assert.Equal(first, second);
        Assert.Equal(1, org.Count("listmember"));
        Assert.Equal(OrganizationErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
    }

    [Fact]
    public void AddMemberList_DynamicList_Faults()
    {
        // Arrange
        var (_, service) = CreateSut();
        var list = service.Create(new Entity("list") { ["listname"] = "L", ["createdfromcode"] = new OptionSetValue(2), ["type"] = true });

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Execute(new AddMemberListRequest { ListId = list, EntityId = service.Create(Contact()) }));

        // Assert
        Assert.Contains("dynamic marketing list", fault.Message);
    }

    [Fact]
    public void Execute_UnimplementedMessage_FailsLoudlyNamingIt()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act
        var error = Assert.Throws<NotSupportedByInMemoryServiceException>(() => service.Execute(new OrganizationRequest("AddMembersBatchList")));

        // Assert
        Assert.Equal("The message 'AddMembersBatchList' is not supported by the in-memory service.", error.Message);
    }

    [Fact]
    public void RetrieveMultiple_FetchXml_FailsLoudly()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act / Assert
        var error = Assert.Throws<NotSupportedByInMemoryServiceException>(() => service.RetrieveMultiple(new FetchExpression("<fetch><entity name='contact'/></fetch>")));
        Assert.Contains("FetchExpression", error.Message);
    }

    [Fact]
    public void Associate_ListMembers_IsRefusedAsDataverseRefusesIt()
    {
        // Arrange: recorded real error "Associate is not supported for ListMember" (XrmToolBox issue #308 and public
        // integration notes); members are added with AddMemberList or AddListMembersList.
        var (_, service) = CreateSut();

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() =>
            service.Associate("list", Guid.NewGuid(), new Relationship("listcontact_association"), new EntityReferenceCollection()));

        // Assert
        Assert.Equal("Associate is not supported for ListMember", fault.Message);
    }

    [Fact]
    public void Associate_OtherRelationship_FailsLoudlyNamingIt()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act
        var error = Assert.Throws<NotSupportedByInMemoryServiceException>(() =>
            service.Associate("account", Guid.NewGuid(), new Relationship("contact_customer_accounts"), new EntityReferenceCollection()));

        // Assert
        Assert.Contains("contact_customer_accounts", error.Message);
    }

    [Fact]
    public void WhoAmI_ReturnsTheCaller()
    {
        // Arrange
        var org = new InMemoryOrganization();
        var user = org.CreateUser("Connector", Guid.NewGuid());

        // Act
        var response = (WhoAmIResponse)ToWhoAmI(org.CreateService(user).Execute(new WhoAmIRequest()));

        // Assert
        Assert.Equal(user, response.UserId);
        Assert.Equal(org.OrganizationId, response.OrganizationId);
    }

    private static OrganizationResponse ToWhoAmI(OrganizationResponse response)
    {
        var typed = new WhoAmIResponse();
        foreach (var (key, value) in response.Results)
        {
            typed.Results[key] = value;
        }

        return typed;
    }
}
