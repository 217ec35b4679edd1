using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;
using Dynamics.Mailchimp.Sync.Run;
using Dynamics.Mailchimp.Sync.Tests.Run.Fakes;
using static Dynamics.Mailchimp.Sync.Tests.Support.TestData;

namespace Dynamics.Mailchimp.Sync.Tests.Run;

/// <summary>The order of a cycle's reads: which overlap, and which wait for Expand.</summary>
public sealed class CycleReaderTests
{
    private readonly FakeDataverse _dataverse = new();
    private readonly ListMapping _list = AudienceList(1);

    public CycleReaderTests()
    {
        _dataverse.Lists.Add(_list);
        for (var n = 1; n <= 4; n++)
        {
            _dataverse.Records.Add(Snapshot(Contact(n), $"member{n}@brightfield-labs.com"));
            _dataverse.Memberships.Add((Contact(n), _list.ListId));
        }
    }

    [Fact]
    public async Task ReadAsync_RowsNamingTheirRecords_ReadsTheRecordsWhileTheMembershipsAreStillBeingRead()
    {
        // Arrange: the memberships are answered only once the records' snapshots have been asked for.
        var reader = new OrderingReader(_dataverse);
        var sut = new CycleReader(reader, _dataverse);

        // Act
        var inputs = await sut.ReadAsync([Added(1, Contact(1), _list), Added(2, Contact(2), _list)], new SyncOptions(), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));

        // Assert: one snapshot read, of the two named records, started before the memberships were answered.
        var snapshots = Assert.Single(reader.SnapshotReads);
        Assert.Equal([Contact(1), Contact(2)], snapshots.OrderBy(r => r.Id));
        Assert.Equal([Contact(1), Contact(2)], inputs.Snapshots.Select(s => s.Record).OrderBy(r => r.Id));
        Assert.Equal(2, inputs.Coalesced.Works.Count);
    }

    [Fact]
    public async Task ReadAsync_AWholeListRow_ReadsOnlyTheRecordsNoRowNamedAfterExpand()
    {
        // Arrange: one row names contact 1; another says the whole list changed (contacts 1 to 4).
        var reader = new OrderingReader(_dataverse) { HoldMemberships = false };
        var sut = new CycleReader(reader, _dataverse);

        // Act
        var inputs = await sut.ReadAsync([MemberChanged(1, Contact(1), "member1@brightfield-labs.com"), MembersChanged(2, _list)], new SyncOptions(), CancellationToken.None);

        // Assert: the named record early, the three others once Expand found them; every work has its snapshot.
        Assert.Equal(2, reader.SnapshotReads.Count);
        Assert.Equal([Contact(1)], reader.SnapshotReads[0]);
        Assert.Equal([Contact(2), Contact(3), Contact(4)], reader.SnapshotReads[1].OrderBy(r => r.Id));
        Assert.Equal(inputs.Coalesced.Works.Select(w => w.Record).Distinct().OrderBy(r => r.Id), inputs.Snapshots.Select(s => s.Record).OrderBy(r => r.Id));
    }

    [Fact]
    public async Task ReadAsync_ANamedRecordInNoSyncedList_IsLeftOutOfTheCycle()
    {
        // Arrange: contact 9 is read early (its row names it) but belongs to no synced list.
        _dataverse.Records.Add(Snapshot(Contact(9), "member9@brightfield-labs.com"));
        var reader = new OrderingReader(_dataverse) { HoldMemberships = false };
        var sut = new CycleReader(reader, _dataverse);

        // Act
        var inputs = await sut.ReadAsync([MemberChanged(1, Contact(1), "member1@brightfield-labs.com"), MemberChanged(2, Contact(9), "member9@brightfield-labs.com")], new SyncOptions(), CancellationToken.None);

        // Assert
        Assert.Equal([Contact(1), Contact(9)], Assert.Single(reader.SnapshotReads).OrderBy(r => r.Id));
        Assert.Equal([Contact(1)], inputs.Snapshots.Select(s => s.Record));
    }

    [Fact]
    public async Task ReadAsync_RowsNamingTheirRecords_ReadsWhoSharesTheirAddressesWhileTheMembershipsAreStillBeingRead()
    {
        // Arrange: contact 5, in no list, shares contact 1's address; the memberships are answered only once who shares
        // the rows' addresses has been asked for.
        _dataverse.Records.Add(Snapshot(Contact(5), "MEMBER1@brightfield-labs.com"));
        var reader = new OrderingReader(_dataverse) { ReleaseMembershipsOn = OrderingReader.Release.EmailRead };
        var sut = new CycleReader(reader, _dataverse);

        // Act
        var inputs = await sut.ReadAsync([Added(1, Contact(1), _list), Added(2, Contact(2), _list)], new SyncOptions(), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));

        // Assert: one read by address, of the two named records' addresses, before Expand; contact 5 is a co-holder.
        Assert.Equal(["member1@brightfield-labs.com", "member2@brightfield-labs.com"], Assert.Single(reader.EmailReads));
        Assert.Equal([Contact(1), Contact(2), Contact(5)], inputs.Snapshots.Select(s => s.Record).OrderBy(r => r.Id));
    }

    [Fact]
    public async Task ReadAsync_AWholeListRow_ReadsLateOnlyTheAddressesExpandFound()
    {
        // Arrange: one row names contact 1; another says the whole list changed (contacts 1 to 4).
        var reader = new OrderingReader(_dataverse) { HoldMemberships = false };
        var sut = new CycleReader(reader, _dataverse);

        // Act
        await sut.ReadAsync([MemberChanged(1, Contact(1), "member1@brightfield-labs.com"), MembersChanged(2, _list)], new SyncOptions(), CancellationToken.None);

        // Assert
        Assert.Equal(2, reader.EmailReads.Count);
        Assert.Equal(["member1@brightfield-labs.com"], reader.EmailReads[0]);
        Assert.Equal(["member2@brightfield-labs.com", "member3@brightfield-labs.com", "member4@brightfield-labs.com"], reader.EmailReads[1]);
    }

    [Fact]
    public async Task ReadAsync_ANamedRecordInNoSyncedList_LeavesOutWhoSharesOnlyItsAddress()
    {
        // Arrange: contact 9 is named by a row but in no synced list; contact 10 shares its address (and only that).
        _dataverse.Records.Add(Snapshot(Contact(9), "member9@brightfield-labs.com"));
        _dataverse.Records.Add(Snapshot(Contact(10), "member9@brightfield-labs.com"));
        var reader = new OrderingReader(_dataverse) { HoldMemberships = false };
        var sut = new CycleReader(reader, _dataverse);

        // Act
        var inputs = await sut.ReadAsync([MemberChanged(1, Contact(1), "member1@brightfield-labs.com"), MemberChanged(2, Contact(9), "member9@brightfield-labs.com")], new SyncOptions(), CancellationToken.None);

        // Assert: the early read by address matched contact 10, but no work has its address.
        Assert.Equal(["member1@brightfield-labs.com", "member9@brightfield-labs.com"], Assert.Single(reader.EmailReads));
        Assert.Equal([Contact(1)], inputs.Snapshots.Select(s => s.Record));
    }

    [Fact]
    public async Task ReadAsync_ANamedRecordSharingAWorkedAddress_IsACoHolderReadOnce()
    {
        // Arrange: contact 9, in no synced list, is named by a row and holds contact 1's address.
        _dataverse.Records.Add(Snapshot(Contact(9), "Member1@Brightfield-Labs.com"));
        var reader = new OrderingReader(_dataverse) { HoldMemberships = false };
        var sut = new CycleReader(reader, _dataverse);

        // Act
        var inputs = await sut.ReadAsync([MemberChanged(1, Contact(1), "member1@brightfield-labs.com"), MemberChanged(2, Contact(9), "Member1@Brightfield-Labs.com")], new SyncOptions(), CancellationToken.None);

        // Assert: its early snapshot is reused (one snapshot read, one read by address), and it joins the cycle as a holder.
        Assert.Equal([Contact(1), Contact(9)], Assert.Single(reader.SnapshotReads).OrderBy(r => r.Id));
        Assert.Single(reader.EmailReads);
        Assert.Equal([Contact(1), Contact(9)], inputs.Snapshots.Select(s => s.Record).OrderBy(r => r.Id));
        Assert.Equal([Contact(1)], inputs.Coalesced.Works.Select(w => w.Record).Distinct());
    }

    /// <summary>Reads through <see cref="FakeDataverse"/>, records each snapshot read, and can hold the memberships until one starts.</summary>
    private sealed class OrderingReader(FakeDataverse inner) : IRecordReader
    {
        private readonly TaskCompletionSource _snapshotsAsked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _emailsAsked = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public enum Release
        {
            SnapshotRead,
            EmailRead,
        }

        public bool HoldMemberships { get; init; } = true;

        public Release ReleaseMembershipsOn { get; init; } = Release.SnapshotRead;

        public List<RecordRef[]> SnapshotReads { get; } = [];

        public List<string[]> EmailReads { get; } = [];

        public Task<ListMappings> ReadListMappingsAsync(IReadOnlyCollection<Guid> namedListIds, CancellationToken cancellationToken) =>
            inner.ReadListMappingsAsync(namedListIds, cancellationToken);

        public async Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadMembershipsAsync(IReadOnlyCollection<RecordRef> records, IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken)
        {
            if (HoldMemberships)
            {
                await (ReleaseMembershipsOn == Release.EmailRead ? _emailsAsked : _snapshotsAsked).Task.WaitAsync(cancellationToken);
            }

            return await inner.ReadMembershipsAsync(records, listIds, cancellationToken);
        }

        public Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadListMembersAsync(IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken) =>
            inner.ReadListMembersAsync(listIds, cancellationToken);

        public Task<IReadOnlyList<MemberSnapshot>> ReadSnapshotsAsync(IReadOnlyCollection<RecordRef> records, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken)
        {
            lock (SnapshotReads)
            {
                SnapshotReads.Add([.. records]);
            }

            _snapshotsAsked.TrySetResult();
            return inner.ReadSnapshotsAsync(records, mappedColumns, cancellationToken);
        }

        public Task<IReadOnlyList<MemberSnapshot>> ReadSnapshotsByEmailAsync(IReadOnlyCollection<string> emails, IReadOnlyCollection<string> tables, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken)
        {
            lock (EmailReads)
            {
                EmailReads.Add([.. emails]);
            }

            _emailsAsked.TrySetResult();
            return inner.ReadSnapshotsByEmailAsync(emails, tables, mappedColumns, cancellationToken);
        }

        public Task<IReadOnlyDictionary<string, AudienceSettings>> ReadAudienceSettingsAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken) =>
            inner.ReadAudienceSettingsAsync(audienceIds, cancellationToken);
    }
}
