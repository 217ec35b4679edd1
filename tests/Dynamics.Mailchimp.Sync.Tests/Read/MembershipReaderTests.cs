using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary>
/// <see cref="Sync.Read.DataverseRecordReader.ReadMembershipsAsync"/> and <c>ReadListMembersAsync</c> against the seeded
/// sandbox: <c>listmembers</c> rows read with FetchXML <c>in</c> conditions (the sandbox answers 501 to
/// <c>Microsoft.Dynamics.CRM.In</c>, see its README "Known gaps"), chunked and sent as GETs inside one <c>$batch</c>.
/// </summary>
public sealed class MembershipReaderTests
{
    private const int LeadType = 4;

    [Fact]
    public async Task ReadMembershipsAsync_SeededContacts_OnlyTheTwoInTheList()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var contacts = host.Seed.ContactIds.Select(ReadSandbox.Contact).ToArray();

        // Act
        var memberships = await host.CreateSut().ReadMembershipsAsync(contacts, [host.Seed.ListId], CancellationToken.None);

        // Assert
        Assert.Equal(contacts.Take(2).Select(c => (c, host.Seed.ListId)).ToHashSet(), memberships.ToHashSet());
        Assert.Equal(1, host.Calls);
    }

    [Fact]
    public async Task ReadMembershipsAsync_LeadList_NamesTheLeadTable()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var list = host.CreateList("Trade show leads", LeadType, true, ListMappingTypes.Tag, SandboxSeed.AudienceId, tagName: "Trade show");
        host.AddMembers(list, [host.Seed.LeadIds[0]]);
        var records = host.Seed.LeadIds.Select(id => new RecordRef(TableNames.Lead, id)).ToArray();

        // Act
        var memberships = await host.CreateSut().ReadMembershipsAsync(records, [list, host.Seed.ListId], CancellationToken.None);

        // Assert
        Assert.Equal([(records[0], list)], memberships);
    }

    [Fact]
    public async Task ReadMembershipsAsync_OtherListsOfTheRecord_AreLeftOut()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var other = host.CreateList("Not synced", 2, false, null, null);
        host.AddMembers(other, [host.Seed.ContactIds[0]]);

        // Act
        var memberships = await host.CreateSut().ReadMembershipsAsync([ReadSandbox.Contact(host.Seed.ContactIds[0])], [host.Seed.ListId], CancellationToken.None);

        // Assert
        Assert.Equal([(ReadSandbox.Contact(host.Seed.ContactIds[0]), host.Seed.ListId)], memberships);
    }

    [Fact]
    public async Task ReadMembershipsAsync_2500RecordsInTheList_AllFoundInChunkedQueriesOfOneBatchCall()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var ids = host.AddBulkContacts(2500, host.Seed.ListId);

        // Act
        var memberships = await host.CreateSut().ReadMembershipsAsync(ids.Select(ReadSandbox.Contact).ToArray(), [host.Seed.ListId], CancellationToken.None);

        // Assert
        Assert.Equal(2500, memberships.Count);
        var call = Assert.Single(host.Sandbox.Requests);
        Assert.EndsWith("$batch", call.Path, StringComparison.Ordinal);
        Assert.True(Regex.Count(call.Body, "GET http") >= 3, "more than 1,000 ids are cut into several queries");
    }

    [Fact]
    public async Task ReadMembershipsAsync_ChunkWithMoreRowsThanAPage_NextPagesInBatchedGetsWithTheCookie()
    {
        // Arrange: a sandbox serving 100 rows a page, so the batched query's 250 memberships come in three pages, each inside a $batch.
        await using var host = await ReadSandbox.StartAsync(new DataverseSandboxOptions { MaxPageSize = 100 });
        var ids = host.AddBulkContacts(250, host.Seed.ListId);

        // Act
        var memberships = await host.CreateSut().ReadMembershipsAsync(ids.Select(ReadSandbox.Contact).ToArray(), [host.Seed.ListId], CancellationToken.None);

        // Assert
        Assert.Equal(250, memberships.Count);
        Assert.Equal(3, host.Calls);
    }

    [Fact]
    public async Task ReadMembershipsAsync_NoRecordsOrNoLists_NoCall()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var sut = host.CreateSut();

        // Act
        var none = await sut.ReadMembershipsAsync([], [host.Seed.ListId], CancellationToken.None);
        var noLists = await sut.ReadMembershipsAsync([ReadSandbox.Contact(host.Seed.ContactIds[0])], [], CancellationToken.None);

        // Assert
        Assert.Empty(none);
        Assert.Empty(noLists);
        Assert.Equal(0, host.Calls);
    }

    [Fact]
    public async Task ReadListMembersAsync_6000Members_PagedFiveThousandAPage()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var ids = host.AddBulkContacts(6000, host.Seed.ListId);

        // Act
        var members = await host.CreateSut().ReadListMembersAsync([host.Seed.ListId], CancellationToken.None);

        // Assert
        Assert.Equal(6002, members.Count);
        Assert.All(members, m => Assert.Equal(host.Seed.ListId, m.ListId));
        Assert.Equal(2, host.Calls);
    }
}
