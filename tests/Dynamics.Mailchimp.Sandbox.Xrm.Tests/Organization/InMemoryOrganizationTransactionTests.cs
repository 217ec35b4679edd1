using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Organization;

public sealed class InMemoryOrganizationTransactionTests
{
    private static (InMemoryOrganization Org, IOrganizationService Service) CreateSut()
    {
        var org = new InMemoryOrganization();
        return (org, org.CreateService());
    }

    [Fact]
    public void RunInTransaction_WorkReturnsFalse_UndoesEveryOperationAndKeepsVersions()
    {
        // Arrange
        var (org, service) = CreateSut();
        var existing = service.Create(new Entity("contact") { ["lastname"] = "Lovelace" });
        var version = service.Retrieve("contact", existing, new ColumnSet(true)).RowVersion;

        // Act
        var committed = org.RunInTransaction(() =>
        {
            service.Create(new Entity("contact") { ["lastname"] = "Babbage" });
            service.Update(new Entity("contact", existing) { ["firstname"] = "Ada" });
            return false;
        });

        // Assert
        Assert.False(committed);
        Assert.Equal(1, org.Count("contact"));
        var after = service.Retrieve("contact", existing, new ColumnSet(true));
        Assert.False(after.Contains("firstname"));
        Assert.Equal(version, after.RowVersion);
    }

    [Fact]
    public void RunInTransaction_LaterOperationFaults_UndoesTheEarlierOnesToo()
    {
        // Arrange
        var (org, service) = CreateSut();

        // Act
        Assert.Throws<OrganizationServiceFaultException>(() => org.RunInTransaction(() =>
        {
            service.Create(new Entity("contact") { ["lastname"] = "Babbage" });
            service.Update(new Entity("contact", Guid.NewGuid()) { ["firstname"] = "nobody" });
            return true;
        }));

        // Assert
        Assert.Equal(0, org.Count("contact"));
    }

    [Fact]
    public void RunInTransaction_WorkReturnsTrue_CommitsAndLaterFailuresDoNotUndoIt()
    {
        // Arrange
        var (org, service) = CreateSut();

        // Act
        var committed = org.RunInTransaction(() =>
        {
            service.Create(new Entity("contact") { ["lastname"] = "Babbage" });
            return true;
        });
        Assert.Throws<OrganizationServiceFaultException>(() => service.Update(new Entity("contact", Guid.NewGuid()) { ["firstname"] = "x" }));

        // Assert
        Assert.True(committed);
        Assert.Equal(1, org.Count("contact"));
    }
}
