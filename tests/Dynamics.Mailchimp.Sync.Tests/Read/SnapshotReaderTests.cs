using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary><see cref="DataverseRecordReader.ReadSnapshotsAsync"/> and <c>ReadSnapshotsByEmailAsync</c> against the seeded sandbox.</summary>
public sealed class SnapshotReaderTests
{
    private const string JobTitle = "jobtitle";
    private const string CreditOnHold = "creditonhold";
    private const string ParentCustomer = "parentcustomerid";
    private const string BirthDate = "birthdate";

    private static readonly IReadOnlyDictionary<string, IReadOnlyCollection<string>> NoMappedColumns = new Dictionary<string, IReadOnlyCollection<string>>();

    [Fact]
    public async Task ReadSnapshotsAsync_SeededContact_CoreColumns()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var id = host.Seed.ContactIds[0];
        host.Service.Update(new Entity(TableNames.Contact, id)
        {
            [MemberFields.MailchimpStatus] = new OptionSetValue(MailchimpStatusOptions.ToOptionValue(MemberStatus.Unsubscribed)),
            [MemberFields.MailchimpMemberId] = "62eeb292278cc15f5817cb78f7790b08",
            [MemberFields.DoNotSendMarketingMaterials] = true,
        });

        // Act
        var snapshot = Assert.Single(await host.CreateSut().ReadSnapshotsAsync([ReadSandbox.Contact(id)], NoMappedColumns, CancellationToken.None));

        // Assert
        Assert.Equal(ReadSandbox.Contact(id), snapshot.Record);
        Assert.Equal("yvonne.mckay@contoso-coffee.com", snapshot.Email);
        Assert.True(snapshot.IsActive);
        Assert.False(snapshot.DoNotBulkEmail);
        Assert.True(snapshot.DoNotSendMarketingMaterials);
        Assert.Equal(MemberStatus.Unsubscribed, snapshot.StoredStatus);
        Assert.Equal("62eeb292278cc15f5817cb78f7790b08", snapshot.StoredMemberId);
        Assert.NotEqual(DateTimeOffset.MinValue, snapshot.CreatedOn);
        Assert.Equal(ColumnValue.Text("Yvonne"), snapshot.Values[PersonFields.FirstName]);
        Assert.Equal(ColumnValue.Text("McKay"), snapshot.Values[PersonFields.LastName]);
    }

    [Fact]
    public async Task ReadSnapshotsAsync_ContactLeadAndAccount_EachFromItsTable()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        RecordRef[] records = [ReadSandbox.Contact(host.Seed.ContactIds[1]), new(TableNames.Lead, host.Seed.LeadIds[0]), new(TableNames.Account, host.Seed.AccountId)];

        // Act
        var snapshots = await host.CreateSut().ReadSnapshotsAsync(records, NoMappedColumns, CancellationToken.None);

        // Assert
        Assert.Equal(records.ToHashSet(), snapshots.Select(s => s.Record).ToHashSet());
        Assert.Equal("rene.valdes@fabrikam-ventures.com", snapshots.Single(s => s.Record.Table == TableNames.Lead).Email);
        Assert.Equal(ColumnValue.Text("Contoso Coffee"), snapshots.Single(s => s.Record.Table == TableNames.Account).Values[AccountFields.Name]);
        Assert.Equal(1, host.Calls);
    }

    [Fact]
    public async Task ReadSnapshotsAsync_DeletedAndDeactivatedRecords_DeletedAbsentDeactivatedInactive()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var deleted = host.CreateContact("Dana", "Deleted", "dana.deleted@northwind.com");
        host.Service.Delete(TableNames.Contact, deleted);
        var inactive = host.Seed.ContactIds[2];
        host.Service.Update(new Entity(TableNames.Contact, inactive) { [MemberFields.StateCode] = new OptionSetValue(1) });

        // Act
        var snapshots = await host.CreateSut().ReadSnapshotsAsync([ReadSandbox.Contact(deleted), ReadSandbox.Contact(inactive)], NoMappedColumns, CancellationToken.None);

        // Assert
        var snapshot = Assert.Single(snapshots);
        Assert.Equal(ReadSandbox.Contact(inactive), snapshot.Record);
        Assert.False(snapshot.IsActive);
    }

    [Fact]
    public async Task ReadSnapshotsAsync_MappedColumns_TypedValuesAndMissingAsNull()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var id = host.CreateContact(
            "Ada", "Lovelace", "ada.lovelace@northwind.com",
            (JobTitle, "Analyst"), (CreditOnHold, true), (ParentCustomer, new EntityReference(TableNames.Account, host.Seed.AccountId)),
            (BirthDate, new DateTime(1990, 5, 1, 0, 0, 0, DateTimeKind.Utc)));
        var mapped = new Dictionary<string, IReadOnlyCollection<string>> { [TableNames.Contact] = [JobTitle, CreditOnHold, ParentCustomer, BirthDate, "telephone1"] };

        // Act
        var snapshot = Assert.Single(await host.CreateSut().ReadSnapshotsAsync([ReadSandbox.Contact(id)], mapped, CancellationToken.None));

        // Assert
        Assert.Equal(ColumnValue.Text("Analyst"), snapshot.Values[JobTitle]);
        Assert.Equal(ColumnValue.Boolean(true), snapshot.Values[CreditOnHold]);
        Assert.Equal(ColumnValueKind.Lookup, snapshot.Values[ParentCustomer].Kind);
        Assert.Equal(host.Seed.AccountId, snapshot.Values[ParentCustomer].Value);
        Assert.Equal(ColumnValue.DateTime(new DateTimeOffset(1990, 5, 1, 0, 0, 0, TimeSpan.Zero)), snapshot.Values[BirthDate]);
        Assert.Equal(ColumnValue.Null, snapshot.Values["telephone1"]);
    }

    [Fact]
    public async Task ReadSnapshotsAsync_AnyRead_AsksForFormattedValuesOnTheBatchedGet()
    {
        // Arrange: the sandbox never writes formatted values (its README, "Known gaps"); ColumnValueReaderTests read the
        // documented shape. Here: each inner GET carries the Prefer header that makes Dataverse send them.
        await using var host = await ReadSandbox.StartAsync();

        // Act
        await host.CreateSut().ReadSnapshotsAsync([ReadSandbox.Contact(host.Seed.ContactIds[0])], NoMappedColumns, CancellationToken.None);

        // Assert
        var call = Assert.Single(host.Sandbox.Requests);
        Assert.Contains("Prefer: " + ReadNames.Prefer, call.Body, StringComparison.Ordinal);
        Assert.Contains("OData.Community.Display.V1.FormattedValue", ReadNames.Prefer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadSnapshotsAsync_2500Contacts_AllInOneBatchCall()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var ids = host.AddBulkContacts(2500);

        // Act
        var snapshots = await host.CreateSut().ReadSnapshotsAsync(ids.Select(ReadSandbox.Contact).ToArray(), NoMappedColumns, CancellationToken.None);

        // Assert
        Assert.Equal(ids.ToHashSet(), snapshots.Select(s => s.Record.Id).ToHashSet());
        Assert.Equal(1, host.Calls);
    }

    [Fact]
    public async Task ReadSnapshotsByEmailAsync_OtherCase_MatchesCaseInsensitively()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var id = host.CreateContact("Ada", "Lovelace", "Ada.Lovelace@Northwind.com");

        // Act
        var snapshots = await host.CreateSut().ReadSnapshotsByEmailAsync(
            ["ada.lovelace@northwind.com", "RENE.VALDES@FABRIKAM-VENTURES.COM"], [TableNames.Contact, TableNames.Lead], NoMappedColumns, CancellationToken.None);

        // Assert
        Assert.Equal(
            new HashSet<RecordRef> { ReadSandbox.Contact(id), new(TableNames.Lead, host.Seed.LeadIds[0]) },
            snapshots.Select(s => s.Record).ToHashSet());
        Assert.Equal("Ada.Lovelace@Northwind.com", snapshots.Single(s => s.Record.Id == id).Email);
    }

    [Fact]
    public async Task ReadRecordsByEmailAsync_OtherCase_FindsTheRecordsReadingTwoColumns()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var id = host.CreateContact("Ada", "Lovelace", "Ada.Lovelace@Northwind.com");
        host.Sandbox.ClearRequests();

        // Act
        var records = await host.CreateSut().ReadRecordsByEmailAsync(
            [" ada.lovelace@northwind.com", "RENE.VALDES@FABRIKAM-VENTURES.COM"], [TableNames.Contact, TableNames.Lead], CancellationToken.None);

        // Assert: the same records the snapshots by email find, from queries of the id and the email only.
        Assert.Equal(new HashSet<RecordRef> { ReadSandbox.Contact(id), new(TableNames.Lead, host.Seed.LeadIds[0]) }, records.ToHashSet());
        var body = Uri.UnescapeDataString(Assert.Single(host.Sandbox.Requests).Body);
        Assert.Contains("<attribute name=\"contactid\"", body, StringComparison.Ordinal);
        Assert.Contains("<attribute name=\"emailaddress1\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<attribute name=\"firstname\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadRecordsByEmailAsync_TablesNotAsked_AreNotRead()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();

        // Act
        var records = await host.CreateSut().ReadRecordsByEmailAsync(["rene.valdes@fabrikam-ventures.com"], [TableNames.Contact], CancellationToken.None);

        // Assert
        Assert.Empty(records);
    }

    [Fact]
    public async Task ReadSnapshotsByEmailAsync_TablesNotAsked_AreNotRead()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();

        // Act
        var snapshots = await host.CreateSut().ReadSnapshotsByEmailAsync(["rene.valdes@fabrikam-ventures.com"], [TableNames.Contact], NoMappedColumns, CancellationToken.None);

        // Assert
        Assert.Empty(snapshots);
    }

    [Fact]
    public async Task ReadSnapshotsByEmailAsync_2500Addresses_AllFoundInOneBatchCall()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        host.AddBulkContacts(2500);
        var emails = Enumerable.Range(1, 2500).Select(i => $"BULK{i:D5}@brightfield-labs.com").ToArray();

        // Act
        var snapshots = await host.CreateSut().ReadSnapshotsByEmailAsync(emails, [TableNames.Contact], NoMappedColumns, CancellationToken.None);

        // Assert
        Assert.Equal(2500, snapshots.Count);
        Assert.Equal(1, host.Calls);
    }
}
