using System.Net;
using System.Xml.Linq;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// The CSDL document.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-service-documents
/// </summary>
public sealed class MetadataHandlerTests
{
    private static Task<DataverseSandbox> CreateSut() => Sandboxes.StartAsync();

    [Fact]
    public async Task Get_Metadata_DescribesTablesAndBoundListActions()
    {
        // Arrange
        await using var sut = await CreateSut();
        using var client = sut.CreateClient(sut.Tokens.ConnectorToken);

        // Act
        using var response = await client.GetAsync("$metadata");
        var csdl = XDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var elements = csdl.Descendants().ToArray();
        var contact = elements.Single(e => e.Name.LocalName == "EntityType" && (string?)e.Attribute("Name") == "contact");
        Assert.Contains(contact.Elements(), p => (string?)p.Attribute("Name") == "_parentcustomerid_value");
        var action = elements.Single(e => e.Name.LocalName == "Action" && (string?)e.Attribute("Name") == "AddMemberList");
        Assert.Contains(action.Elements(), p => (string?)p.Attribute("Name") == "EntityId");
        Assert.Contains(elements, e => e.Name.LocalName == "EntitySet" && (string?)e.Attribute("Name") == "dmc_syncqueueitems");
    }

    [Fact]
    // Conformance: "$metadata declares every action the emulator serves"; AddMemberListResponse has the property Id
    // (MicrosoftDocs/dynamics-365-customer-engagement progref/webapireference/complextypes/addmemberlistresponse.md), and
    // entity-collection parameters are Collection(mscrm.crmbaseentity) (progref/webapireference/actions/addlistmemberslist.md).
    public async Task Get_Metadata_DeclaresEveryServedActionAndTheResponseId()
    {
        // Arrange
        await using var sut = await CreateSut();
        using var client = sut.CreateClient(sut.Tokens.ConnectorToken);

        // Act
        using var response = await client.GetAsync("$metadata");
        var elements = XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants().ToArray();

        // Assert
        var declared = elements.Where(e => e.Name.LocalName == "Action").Select(e => (string)e.Attribute("Name")!).ToHashSet();
        Assert.Superset(declared, Dynamics.Mailchimp.Sandbox.Dataverse.Actions.ListActions.Served.Keys.ToHashSet());
        var result = elements.Single(e => e.Name.LocalName == "ComplexType" && (string?)e.Attribute("Name") == "AddMemberListResponse");
        Assert.Equal(["Id"], result.Elements().Select(p => (string)p.Attribute("Name")!));
        var members = elements.Single(e => e.Name.LocalName == "Action" && (string?)e.Attribute("Name") == "RemoveListMembersList")
            .Elements().Single(p => (string?)p.Attribute("Name") == "Members");
        Assert.Equal("Collection(Microsoft.Dynamics.CRM.crmbaseentity)", (string?)members.Attribute("Type"));
    }

    [Fact]
    // Conformance: WhoAmI is an unbound function returning WhoAmIResponse (BusinessUnitId, UserId, OrganizationId)
    // (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami and …/whoamiresponse).
    public async Task Get_Metadata_DeclaresTheWhoAmIFunction()
    {
        // Arrange
        await using var sut = await CreateSut();
        using var client = sut.CreateClient(sut.Tokens.ConnectorToken);

        // Act
        using var response = await client.GetAsync("$metadata");
        var elements = XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants().ToArray();

        // Assert
        var function = elements.Single(e => e.Name.LocalName == "Function" && (string?)e.Attribute("Name") == "WhoAmI");
        Assert.Equal("Microsoft.Dynamics.CRM.WhoAmIResponse", (string?)function.Elements().Single(e => e.Name.LocalName == "ReturnType").Attribute("Type"));
        Assert.Contains(elements, e => e.Name.LocalName == "FunctionImport" && (string?)e.Attribute("Name") == "WhoAmI");
        var result = elements.Single(e => e.Name.LocalName == "ComplexType" && (string?)e.Attribute("Name") == "WhoAmIResponse");
        Assert.Equal(["BusinessUnitId", "UserId", "OrganizationId"], result.Elements().Select(p => (string)p.Attribute("Name")!));
    }
}
