using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Organization;

/// <summary>
/// The plug-in registration tables of the in-memory organization (columns from Microsoft's pluginassembly, plugintype,
/// sdkmessage, sdkmessagefilter, sdkmessageprocessingstep and sdkmessageprocessingstepimage references), and the message
/// rows it seeds so that registration can look messages and filters up by name.
/// </summary>
public sealed class SdkMessageRowsTests
{
    private static readonly PluginRegistrationManifest Manifest = PluginRegistrationManifest.Load();

    private static (InMemoryOrganization Org, IOrganizationService Service) CreateSut()
    {
        var org = new InMemoryOrganization();
        return (org, org.CreateService());
    }

    [Fact]
    public void New_Organization_HasAMessageRowPerMessageAndAFilterRowPerMessageAndTable()
    {
        // Arrange
        var (org, _) = CreateSut();

        // Act
        var messages = org.Rows("sdkmessage").ToDictionary(r => r.Id, r => r.GetAttributeValue<string>("name"));
        var filters = org.Rows("sdkmessagefilter")
            .Select(r => (Message: messages[r.GetAttributeValue<EntityReference>("sdkmessageid").Id], Table: r.GetAttributeValue<string>("primaryobjecttypecode")));

        // Assert
        Assert.Equal(Manifest.Steps.Select(s => s.Message).Distinct().Order(), messages.Values.Order());
        Assert.Equal(Manifest.Steps.Select(s => (s.Message, s.Entity)).Distinct().Order(), filters.Order());
    }

    [Fact]
    public void Create_StepWithAnUndeclaredColumn_FaultsNamingIt()
    {
        // Arrange
        var (_, service) = CreateSut();
        var step = new Entity("sdkmessageprocessingstep") { ["name"] = "s", ["stage"] = new OptionSetValue(40), ["impersonatinguserid"] = "x" };

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(step));

        // Assert
        Assert.Equal(OrganizationErrorCodes.AttributeNotFound, fault.ErrorCode);
        Assert.Contains("impersonatinguserid", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_StepOnAStageTheTableDoesNotHave_Faults()
    {
        // Arrange: the step's stage option set has 10, 20, 40 and the platform's internal stages, not 41.
        var (_, service) = CreateSut();
        var step = new Entity("sdkmessageprocessingstep") { ["name"] = "s", ["stage"] = new OptionSetValue(41) };

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(step));

        // Assert
        Assert.Contains("41", fault.Message, StringComparison.Ordinal);
    }
}
