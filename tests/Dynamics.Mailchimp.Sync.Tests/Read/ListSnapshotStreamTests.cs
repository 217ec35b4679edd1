using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary><see cref="Sync.Read.DataverseRecordReader.StreamMembersAsync"/>: a list's members as snapshots, a page of 5,000 at a time.</summary>
public sealed class ListSnapshotStreamTests
{
    private const string BerlinContacts =
        "<fetch version=\"1.0\" output-format=\"xml-platform\" mapping=\"logical\"><entity name=\"contact\"><attribute name=\"fullname\" />" +
        "<order attribute=\"fullname\" /><filter type=\"and\"><condition attribute=\"address1_city\" operator=\"eq\" value=\"Berlin\" /></filter></entity></fetch>";

    [Fact]
    public async Task StreamMembersAsync_DynamicList_SnapshotsOfTheRowsItsQueryReturns()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var ada = host.CreateContact("Ada", "Lovelace", "ada@example.org", (ContactCity, "Berlin"));
        host.CreateContact("Bob", "Builder", "bob@example.org", (ContactCity, "Paris"));
        var list = host.CreateDynamicContactList("Berlin", BerlinContacts, mappingType: null);
        var sut = host.CreateSut();
        var mapping = (await sut.ReadListMappingsAsync([], CancellationToken.None)).FindSyncing(list)!;
        host.Sandbox.ClearRequests();

        // Act
        var members = await sut.StreamMembersAsync(mapping, new Dictionary<string, IReadOnlyCollection<string>>(), CancellationToken.None).ToListAsync();

        // Assert
        var member = Assert.Single(members);
        Assert.Equal(ReadSandbox.Contact(ada), member.Record);
        Assert.Equal("ada@example.org", member.Email);
        Assert.Equal(ColumnValue.Text("Ada"), member.Values[PersonFields.FirstName]);
        Assert.Equal(1, host.Calls);
    }

    [Fact]
    public async Task StreamMembersAsync_StaticListOf12000_EveryMemberInThreePages()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var list = host.CreateList("Big", 2, syncEnabled: true, ListMappingTypes.Tag, "a1b2c3d4e5", tagName: "Big");
        var ids = host.AddBulkContacts(12_000, list);
        var sut = host.CreateSut();
        var mapping = (await sut.ReadListMappingsAsync([], CancellationToken.None)).FindSyncing(list)!;
        host.Sandbox.ClearRequests();

        // Act
        var members = await sut.StreamMembersAsync(mapping, new Dictionary<string, IReadOnlyCollection<string>>(), CancellationToken.None).ToListAsync();

        // Assert
        Assert.Equal(ids.Select(ReadSandbox.Contact).ToHashSet(), members.Select(m => m.Record).ToHashSet());
        Assert.Equal(12_000, members.Count);
        Assert.Equal(3, host.Calls);
    }

    [Fact]
    public async Task StreamMembersAsync_DynamicListWhoseQueryIsNotFetchXml_ThrowsNamingTheList()
    {
        // Arrange: an empty member list would take the tag from everyone; the list must fail instead.
        await using var host = await ReadSandbox.StartAsync();
        var list = host.CreateDynamicContactList("Broken", "<fetch><entity name='lead'><attribute name='leadid' /></entity></fetch>", mappingType: null);
        var sut = host.CreateSut();
        var mapping = (await sut.ReadListMappingsAsync([], CancellationToken.None)).FindSyncing(list)!;

        // Act
        var error = await Assert.ThrowsAsync<Sync.Read.RecordReadException>(async () => await sut.StreamMembersAsync(mapping, new Dictionary<string, IReadOnlyCollection<string>>(), CancellationToken.None).ToListAsync());

        // Assert
        Assert.Contains(mapping.Describe(), error.Message);
    }

    private const string ContactCity = "address1_city";
}
