using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary>
/// Dynamic lists keep no <c>listmembers</c> rows; their members are the rows of their <c>query</c>
/// (shared/reference/dataverse.md, "Dynamic lists"). Read runs the query kept by <c>ReadListMappingsAsync</c>.
/// </summary>
public sealed class DynamicListReadTests
{
    // As Dataverse writes a dynamic list's query (Advanced Find), with columns Read replaces by the primary key.
    private const string ContosoContacts =
        "<fetch version=\"1.0\" output-format=\"xml-platform\" mapping=\"logical\" distinct=\"false\"><entity name=\"contact\">" +
        "<attribute name=\"fullname\" /><attribute name=\"emailaddress1\" /><order attribute=\"fullname\" descending=\"false\" />" +
        "<filter type=\"and\"><condition attribute=\"emailaddress1\" operator=\"like\" value=\"%@contoso-coffee.com\" /></filter></entity></fetch>";

    [Fact]
    public async Task ReadMembershipsAsync_DynamicList_RecordsItsQueryReturns()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var list = host.CreateDynamicContactList("Contoso people", ContosoContacts);
        var outsider = host.CreateContact("Ada", "Lovelace", "ada.lovelace@northwind.com");
        var sut = host.CreateSut();
        var mappings = await sut.ReadListMappingsAsync([], CancellationToken.None);
        RecordRef[] records = [ReadSandbox.Contact(host.Seed.ContactIds[0]), ReadSandbox.Contact(host.Seed.ContactIds[3]), ReadSandbox.Contact(outsider), new(TableNames.Lead, host.Seed.LeadIds[0])];
        host.Sandbox.ClearRequests();

        // Act
        var memberships = await sut.ReadMembershipsAsync(records, mappings.Syncing.Select(m => m.ListId).ToArray(), CancellationToken.None);

        // Assert
        Assert.Equal(
            new HashSet<(RecordRef, Guid)> { (records[0], list), (records[1], list), (records[0], host.Seed.ListId) },
            memberships.ToHashSet());
        Assert.Equal(1, host.Calls);
    }

    [Fact]
    public async Task ReadListMembersAsync_DynamicList_EveryRowOfItsQuery()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var list = host.CreateDynamicContactList("Contoso people", ContosoContacts);
        host.CreateContact("Ada", "Lovelace", "ada.lovelace@northwind.com");
        var sut = host.CreateSut();
        await sut.ReadListMappingsAsync([list], CancellationToken.None);

        // Act
        var members = await sut.ReadListMembersAsync([list, host.Seed.ListId], CancellationToken.None);

        // Assert
        Assert.Equal(4, members.Count(m => m.ListId == list));
        Assert.Equal(host.Seed.ContactIds.Select(ReadSandbox.Contact).ToHashSet(), members.Where(m => m.ListId == list).Select(m => m.Record).ToHashSet());
        Assert.Equal(2, members.Count(m => m.ListId == host.Seed.ListId));
    }
}
