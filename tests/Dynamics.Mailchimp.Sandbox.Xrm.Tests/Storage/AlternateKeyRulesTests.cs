using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Storage;

/// <summary>
/// Alternate keys declared in solution/src (Sync State on dmc_name; Merge Field Mapping on audience, table and merge tag),
/// enforced as Dataverse does. Sources: Microsoft's error list (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes,
/// MicrosoftDocs/powerapps-docs powerapps-docs/developer/data-platform/includes/data-service-errors.md): 0x80060892
/// DuplicateRecordEntityKey "Entity Key {0} violated. A record with the same value for {1} already exists. A duplicate
/// record cannot be created. Select one or more unique values and try again.", recorded with display names filled in
/// ("Entity Key Project ID violated. A record with the same value for Project already exists. …");
/// https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity (keys are unique indexes);
/// Dataverse's generated index DDL (phuocle/DynamicsCrmSource 9.1/9.1.38.10/Database/dbo/Tables/msdyn_AIOdTrainingImageBase.sql:
/// <c>CREATE UNIQUE NONCLUSTERED INDEX [ndx_for_entitykey_…] … WHERE ([msdyn_AIConfigurationId] IS NOT NULL AND [msdyn_AIOdImageId] IS NOT NULL)</c>),
/// so rows with an empty key column are outside the key.
/// </summary>
public sealed class AlternateKeyRulesTests
{
    private const int Contact = 100000000;
    private const int Lead = 100000001;

    private static (InMemoryOrganization Org, IOrganizationService Service) CreateSut()
    {
        var org = new InMemoryOrganization();
        return (org, org.CreateService());
    }

    private static Entity SyncState(string name) => new("dmc_syncstate") { ["dmc_name"] = name };

    private static Entity Mapping(string audience, int? table, string tag)
    {
        var row = new Entity("dmc_mergefieldmapping") { ["dmc_name"] = tag, ["dmc_audienceid"] = audience, ["dmc_column"] = "firstname", ["dmc_mergetag"] = tag };
        if (table is { } value)
        {
            row["dmc_membertable"] = new OptionSetValue(value);
        }

        return row;
    }

    [Fact]
    public void Create_SecondSyncStateWithTheSameName_IsRefusedWithDataversesDuplicateKeyError()
    {
        // Arrange: two job instances both found no lease row and both create it.
        var (org, service) = CreateSut();
        service.Create(SyncState("lease:push"));

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(SyncState("lease:push")));

        // Assert
        Assert.Equal("0x80060892", fault.HexCode);
        Assert.Equal(
            "Entity Key State Key violated. A record with the same value for State Key already exists. A duplicate record cannot be created. Select one or more unique values and try again.",
            fault.Message);
        Assert.Equal(1, org.Count("dmc_syncstate"));
    }

    [Fact]
    public void Create_SameNameInAnotherCase_IsADuplicate()
    {
        // Arrange: the organization database compares text ignoring case.
        var (_, service) = CreateSut();
        service.Create(SyncState("lease:push"));

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(SyncState("LEASE:PUSH")));

        // Assert
        Assert.Equal(OrganizationErrorCodes.DuplicateRecordEntityKey, fault.ErrorCode);
    }

    [Fact]
    public void Create_MappingsDifferingInOneKeyColumn_AreBothKept()
    {
        // Arrange
        var (org, service) = CreateSut();
        service.Create(Mapping("a1b2c3d4e5", Contact, "FNAME"));

        // Act
        service.Create(Mapping("a1b2c3d4e5", Lead, "FNAME"));
        service.Create(Mapping("f6g7h8i9j0", Contact, "FNAME"));

        // Assert
        Assert.Equal(3, org.Count("dmc_mergefieldmapping"));
    }

    [Fact]
    public void Create_MappingWithAllThreeKeyValuesTaken_IsRefusedNamingEveryKeyColumn()
    {
        // Arrange
        var (_, service) = CreateSut();
        service.Create(Mapping("a1b2c3d4e5", Contact, "FNAME"));

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(Mapping("a1b2c3d4e5", Contact, "fname")));

        // Assert
        Assert.Equal(OrganizationErrorCodes.DuplicateRecordEntityKey, fault.ErrorCode);
        Assert.StartsWith("Entity Key Audience, Table and Merge Tag violated. A record with the same value for Audience Id, Member Table, Merge Tag already exists.", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MappingsWithAnEmptyKeyColumn_AreNotDuplicates()
    {
        // Arrange: the key's index only holds rows whose key columns all have a value.
        var (org, service) = CreateSut();
        service.Create(Mapping("a1b2c3d4e5", null, "FNAME"));

        // Act
        service.Create(Mapping("a1b2c3d4e5", null, "FNAME"));

        // Assert
        Assert.Equal(2, org.Count("dmc_mergefieldmapping"));
    }

    [Fact]
    public void Update_RowToAnotherRowsKey_IsRefusedAndLeavesTheRowAsItWas()
    {
        // Arrange
        var (org, service) = CreateSut();
        service.Create(SyncState("lease:push"));
        var other = service.Create(SyncState("lease:pull"));

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Update(new Entity("dmc_syncstate", other) { ["dmc_name"] = "lease:push" }));

        // Assert
        Assert.Equal(OrganizationErrorCodes.DuplicateRecordEntityKey, fault.ErrorCode);
        Assert.Equal("lease:pull", org.Rows("dmc_syncstate").Single(r => r.Id == other)["dmc_name"]);
    }

    [Fact]
    public void Update_RowKeepingItsOwnKey_IsNotADuplicateOfItself()
    {
        // Arrange
        var (org, service) = CreateSut();
        var id = service.Create(SyncState("lease:push"));

        // Act
        service.Update(new Entity("dmc_syncstate", id) { ["dmc_name"] = "lease:push", ["dmc_leaseowner"] = "host-1/1/run-a" });

        // Assert
        Assert.Equal("host-1/1/run-a", org.Rows("dmc_syncstate").Single()["dmc_leaseowner"]);
    }

    [Fact]
    public void RunInTransaction_TwoCreatesOfOneKey_SecondIsRefusedAndNothingCommits()
    {
        // Arrange: a change set sees its own uncommitted rows.
        var (org, service) = CreateSut();

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => org.RunInTransaction(() =>
        {
            service.Create(SyncState("lease:push"));
            service.Create(SyncState("lease:push"));
            return true;
        }));

        // Assert
        Assert.Equal(OrganizationErrorCodes.DuplicateRecordEntityKey, fault.ErrorCode);
        Assert.Equal(0, org.Count("dmc_syncstate"));
    }

    [Fact]
    public void RunInTransaction_RolledBackCreate_FreesTheKey()
    {
        // Arrange
        var (org, service) = CreateSut();
        org.RunInTransaction(() =>
        {
            service.Create(SyncState("lease:push"));
            return false;
        });

        // Act
        service.Create(SyncState("lease:push"));

        // Assert
        Assert.Equal(1, org.Count("dmc_syncstate"));
    }

    [Fact]
    public async Task Create_TwoCallersAtOnce_ExactlyOneGetsTheKey()
    {
        // Arrange: both callers are released together by a barrier; the organization's lock serialises them.
        var (org, _) = CreateSut();
        using var start = new Barrier(2);
        Task<Exception?> Attempt() => Task.Run<Exception?>(() =>
        {
            var service = org.CreateService();
            start.SignalAndWait();
            return Record.Exception(() => service.Create(SyncState("lease:push")));
        });

        // Act
        var outcomes = await Task.WhenAll(Attempt(), Attempt());

        // Assert
        Assert.Single(outcomes, o => o is null);
        Assert.Equal(OrganizationErrorCodes.DuplicateRecordEntityKey, Assert.IsType<OrganizationServiceFaultException>(outcomes.Single(o => o is not null)).ErrorCode);
        Assert.Equal(1, org.Count("dmc_syncstate"));
    }
}
