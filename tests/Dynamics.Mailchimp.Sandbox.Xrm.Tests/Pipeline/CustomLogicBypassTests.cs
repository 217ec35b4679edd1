using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Tests.Support;
using Dynamics.Mailchimp.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Pipeline;

/// <summary>
/// Bypassing custom logic, after Microsoft's "Bypass custom Dataverse logic"
/// (learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic): BypassCustomPluginExecution
/// "bypasses synchronous logic only" and needs prvBypassCustomPlugins; BypassBusinessLogicExecution takes CustomSync,
/// CustomAsync or both and needs prvBypassCustomBusinessLogic. A missing privilege is PrivilegeDenied (0x80040220).
/// </summary>
public sealed class CustomLogicBypassTests
{
    private static (InMemoryOrganization Org, PipelineHarness Harness, Guid ContactId) CreateSut()
    {
        var harness = new PipelineHarness();
        var org = harness.Build(
            harness.Step("sync", harness.Recorder("sync")),
            harness.Step("async", harness.Recorder("async"), mode: PluginMode.Asynchronous));
        var id = org.CreateService().Create(new Entity("contact") { ["lastname"] = "Lovelace" });
        harness.Log.Clear();
        return (org, harness, id);
    }

    private static Entity Change(Guid id) => new("contact", id) { ["firstname"] = "Ada" };

    [Fact]
    public void Update_BypassCustomPluginsWithPrivilege_SkipsSynchronousStepsOnly()
    {
        // Arrange
        var (org, harness, id) = CreateSut();
        var user = org.CreateUser("Admin", null);
        var caller = new CallerOptions(user, BypassCustomPlugins: true).WithPrivilege(PrivilegeNames.BypassCustomPlugins);

        // Act
        org.CreateService(caller).Update(Change(id));

        // Assert
        Assert.Equal(["async:40"], harness.Log);
    }

    [Fact]
    public void Update_BypassCustomPluginsWithoutPrivilege_IsRefusedAndChangesNothing()
    {
        // Arrange
        var (org, harness, id) = CreateSut();
        var user = org.CreateUser("Salesperson", null);

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => org.CreateService(new CallerOptions(user, BypassCustomPlugins: true)).Update(Change(id)));

        // Assert
        Assert.Equal("0x80040220", fault.HexCode);
        Assert.Contains(user.ToString(), fault.Message, StringComparison.Ordinal);
        Assert.Contains(PrivilegeNames.BypassCustomPlugins, fault.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Log);
        Assert.False(org.Rows("contact").Single().Contains("firstname"));
    }

    [Theory]
    [InlineData("CustomSync", "async:40")]
    [InlineData("CustomAsync", "sync:40")]
    [InlineData("CustomSync,CustomAsync", "")]
    public void Update_BypassBusinessLogicWithPrivilege_SkipsTheNamedLogic(string header, string expected)
    {
        // Arrange
        var (org, harness, id) = CreateSut();
        var caller = new CallerOptions(org.CreateUser("Admin", null)) { BypassBusinessLogic = BusinessLogicBypassParser.Parse(header) }
            .WithPrivilege(PrivilegeNames.BypassCustomBusinessLogic);

        // Act
        org.CreateService(caller).Update(Change(id));

        // Assert
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), harness.Log);
    }

    [Fact]
    public void Update_BypassBusinessLogicWithOnlyThePluginPrivilege_IsRefused()
    {
        // Arrange
        var (org, _, id) = CreateSut();
        var caller = new CallerOptions(org.CreateUser("Admin", null)) { BypassBusinessLogic = BusinessLogicBypass.CustomSync }
            .WithPrivilege(PrivilegeNames.BypassCustomPlugins);

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => org.CreateService(caller).Update(Change(id)));

        // Assert
        Assert.Contains(PrivilegeNames.BypassCustomBusinessLogic, fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_BypassAsSystem_NeedsNoGrantedPrivilege()
    {
        // Arrange
        var (org, harness, id) = CreateSut();

        // Act
        org.CreateService(new CallerOptions(org.SystemUserId, BypassCustomPlugins: true)).Update(Change(id));

        // Assert
        Assert.Equal(["async:40"], harness.Log);
    }

    [Theory]
    [InlineData("Flows")]
    [InlineData("CustomSync,Flows")]
    public void Parse_UnknownValue_FaultsNamingIt(string header)
    {
        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => BusinessLogicBypassParser.Parse(header));

        // Assert
        Assert.Contains("BypassBusinessLogicExecution", fault.Message, StringComparison.Ordinal);
    }
}
