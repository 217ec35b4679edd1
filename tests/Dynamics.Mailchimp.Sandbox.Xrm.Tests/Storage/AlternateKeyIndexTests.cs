using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Storage;

/// <summary>
/// The alternate-key index the organization keeps instead of scanning the table on every write: it must say what a
/// scan would say after every put, removal and transaction undo (the rules themselves: <see cref="AlternateKeyRulesTests"/>).
/// </summary>
public sealed class AlternateKeyIndexTests
{
    private static (InMemoryOrganization Org, IOrganizationService Service) CreateSut()
    {
        var org = new InMemoryOrganization();
        return (org, org.CreateService());
    }

    private static Entity SyncState(string name) => new("dmc_syncstate") { ["dmc_name"] = name };

    private static Entity Rename(Guid id, string name) => new("dmc_syncstate", id) { ["dmc_name"] = name };

    private static int Code(Action write) => Assert.IsType<OrganizationServiceFaultException>(Record.Exception(write)).ErrorCode;

    [Fact]
    public void Delete_RowHoldingAKey_FreesIt()
    {
        // Arrange
        var (org, service) = CreateSut();
        var id = service.Create(SyncState("lease:push"));

        // Act
        service.Delete("dmc_syncstate", id);
        service.Create(SyncState("lease:push"));

        // Assert
        Assert.Equal(1, org.Count("dmc_syncstate"));
    }

    [Fact]
    public void Update_KeyToANewValue_FreesTheOldValueAndTakesTheNewOne()
    {
        // Arrange
        var (org, service) = CreateSut();
        var id = service.Create(SyncState("lease:push"));

        // Act
        service.Update(Rename(id, "lease:pull"));
        service.Create(SyncState("lease:push"));

        // Assert
        Assert.Equal(OrganizationErrorCodes.DuplicateRecordEntityKey, Code(() => service.Create(SyncState("LEASE:PULL"))));
        Assert.Equal(2, org.Count("dmc_syncstate"));
    }

    [Fact]
    public void RunInTransaction_RolledBackUpdate_GivesTheOldValueBackToTheRow()
    {
        // Arrange
        var (org, service) = CreateSut();
        var id = service.Create(SyncState("lease:push"));

        // Act
        org.RunInTransaction(() =>
        {
            service.Update(Rename(id, "lease:pull"));
            return false;
        });

        // Assert: the row holds lease:push again, and lease:pull is free.
        Assert.Equal(OrganizationErrorCodes.DuplicateRecordEntityKey, Code(() => service.Create(SyncState("lease:push"))));
        service.Create(SyncState("lease:pull"));
        Assert.Equal(2, org.Count("dmc_syncstate"));
    }

    [Fact]
    public void RunInTransaction_RolledBackDelete_KeepsTheKeyTaken()
    {
        // Arrange
        var (org, service) = CreateSut();
        var id = service.Create(SyncState("lease:push"));

        // Act
        org.RunInTransaction(() =>
        {
            service.Delete("dmc_syncstate", id);
            return false;
        });

        // Assert
        Assert.Equal(OrganizationErrorCodes.DuplicateRecordEntityKey, Code(() => service.Create(SyncState("lease:push"))));
        Assert.Equal(1, org.Count("dmc_syncstate"));
    }

    [Fact]
    public void RunInTransaction_DeleteThenCreateOfTheKeyInOneChangeSet_IsAllowedAndUndoneTogether()
    {
        // Arrange: the index is first built inside the transaction, over its uncommitted rows.
        var (org, service) = CreateSut();
        var id = service.Create(SyncState("lease:push"));

        // Act
        org.RunInTransaction(() =>
        {
            service.Delete("dmc_syncstate", id);
            service.Create(SyncState("lease:push"));
            return false;
        });

        // Assert: only the first row is left, and it still holds its key.
        Assert.Equal(id, org.Rows("dmc_syncstate").Single().Id);
        Assert.Equal(OrganizationErrorCodes.DuplicateRecordEntityKey, Code(() => service.Create(SyncState("lease:push"))));
    }

    [Fact]
    public void Create_ManyRowsOfDistinctKeys_AreAllKeptAndADuplicateOfTheFirstIsStillFound()
    {
        // Arrange
        var (org, service) = CreateSut();
        for (var i = 0; i < 2000; i++)
        {
            service.Create(SyncState($"checkpoint:activity:{i}"));
        }

        // Act
        var code = Code(() => service.Create(SyncState("checkpoint:activity:0")));

        // Assert
        Assert.Equal(OrganizationErrorCodes.DuplicateRecordEntityKey, code);
        Assert.Equal(2000, org.Count("dmc_syncstate"));
    }
}
