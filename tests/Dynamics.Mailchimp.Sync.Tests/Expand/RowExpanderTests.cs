using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Expand;

public sealed class RowExpanderTests
{
    private static readonly ListMapping Newsletter = TestData.AudienceList(1);
    private static readonly ListMapping Vip = TestData.TagList(2, "VIP");
    private static readonly ListMapping OtherAudience = TestData.AudienceList(3, TestData.OtherAudience);
    private static readonly ListMapping NotSynced = TestData.List(4, ListTarget.Audience, syncing: false);
    private static readonly ListMapping Leads = TestData.AudienceList(5, table: TableNames.Lead);
    private static readonly ListMapping Accounts = TestData.AudienceList(6, TestData.OtherAudience, TableNames.Account);

    private static RowExpander CreateSut(MembershipIndex? index = null, SyncOptions? options = null, IReadOnlyDictionary<Guid, DeletedList>? deleted = null) =>
        new(new ExpandContext(new ListMappings([Newsletter, Vip, OtherAudience, NotSynced, Leads, Accounts]), index ?? MembershipIndex.Empty, options ?? new SyncOptions())
        {
            DeletedLists = deleted ?? new Dictionary<Guid, DeletedList>(),
        });

    [Fact]
    public void Expand_BulkMembershipRow_OneJoinedEventPerMember()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.AddedMany(1, Vip, TestData.Contact(1), TestData.Contact(2), TestData.Contact(3))]);

        // Assert
        Assert.Equal([TestData.Contact(1), TestData.Contact(2), TestData.Contact(3)], result.Events.Select(e => e.Record));
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Joined, Vip.ListId, TestData.Audience, (Guid?)TestData.RowId(1)), (e.Kind, e.ListId!.Value, e.AudienceId, e.RowId)));
        Assert.Empty(result.Outcomes);
    }

    [Fact]
    public void Expand_RemovedRow_IsALeftEventForThatList()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.Removed(1, TestData.Contact(1), Newsletter)]);

        // Assert
        var single = Assert.Single(result.Events);
        Assert.Equal((MemberEventKind.Left, Newsletter.ListId), (single.Kind, single.ListId!.Value));
    }

    [Fact]
    public void Expand_MemberChanged_FansOutOnceToEachAudienceOfItsSyncingLists()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut(TestData.Index((contact, Newsletter), (contact, Vip), (contact, OtherAudience), (contact, NotSynced)));

        // Act
        var result = sut.Expand([TestData.MemberChanged(1, contact, "ada@example.org", "ada@old.example.org")]);

        // Assert
        Assert.Equal([TestData.Audience, TestData.OtherAudience], result.Events.Select(e => e.AudienceId));
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Changed, "ada@example.org", "ada@old.example.org"), (e.Kind, e.Email, e.PreviousEmail)));
    }

    [Fact]
    public void Expand_AccountChanged_FansOutLikeAContact()
    {
        // Arrange
        var account = TestData.Account(9);
        var sut = CreateSut(TestData.Index((account, Accounts)));

        // Act
        var result = sut.Expand([TestData.MemberChanged(1, account, "info@contoso.com")]);

        // Assert
        Assert.Equal(account, Assert.Single(result.Events).Record);
    }

    [Fact]
    public void Expand_MemberChangedInNoSyncedList_IsSkippedNamingTheRecord()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut(TestData.Index((contact, NotSynced)));

        // Act
        var result = sut.Expand([TestData.MemberChanged(1, contact, "ada@example.org")]);

        // Assert
        Assert.Empty(result.Events);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal((RowOutcomeKind.Skipped, SkipCode.NotInSyncedList), (outcome.Kind, outcome.Reason.Code));
        Assert.Contains($"contact {contact.Id:D}", outcome.Reason.Text);
    }

    [Fact]
    public void Expand_MembershipRowOfListThatDoesNotSync_IsSkippedNamingTheList()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.Added(1, TestData.Contact(1), NotSynced)]);

        // Assert
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal((TestData.RowId(1), SkipCode.ListNotSynced), (outcome.RowId, outcome.Reason.Code));
        Assert.Contains($"list {NotSynced.ListId:D}", outcome.Reason.Text);
    }

    [Fact]
    public void Expand_MembershipRowOfMisconfiguredList_FailsSoItIsRetriedAfterTheFix()
    {
        // Arrange
        var broken = TestData.List(7, ListTarget.Tag(" "));
        var sut = new RowExpander(new ExpandContext(new ListMappings([broken]), MembershipIndex.Empty, new SyncOptions()));

        // Act
        var result = sut.Expand([TestData.Added(1, TestData.Contact(1), broken)]);

        // Assert
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal((RowOutcomeKind.Failed, SkipCode.ListMisconfigured), (outcome.Kind, outcome.Reason.Code));
        Assert.Contains("dmc_tagname", outcome.Reason.Text);
    }

    [Theory]
    [InlineData(TableNames.Lead)]
    [InlineData(TableNames.Account)]
    public void Expand_KindSwitchedOff_RowIsSkippedKindDisabled(string table)
    {
        // Arrange
        var record = new RecordRef(table, TestData.Id(1));
        var sut = CreateSut(TestData.Index((record, table == TableNames.Lead ? Leads : Accounts)), new SyncOptions { SyncLeads = false, SyncAccounts = false });

        // Act
        var result = sut.Expand([TestData.MemberChanged(1, record, "a@example.org")]);

        // Assert
        Assert.Empty(result.Events);
        Assert.Equal(SkipCode.KindDisabled, Assert.Single(result.Outcomes).Reason.Code);
    }

    [Fact]
    public void Expand_BulkRowWithoutMembers_IsSkippedNoMembers()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.AddedMany(1, Newsletter)]);

        // Assert
        Assert.Equal(SkipCode.NoMembers, Assert.Single(result.Outcomes).Reason.Code);
    }

    [Fact]
    public void Expand_MemberDeleted_GoesToEveryAudienceWithASyncingListOfItsTable()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.MemberDeleted(1, TestData.Contact(1), "ada@example.org")]);

        // Assert
        Assert.Equal([TestData.Audience, TestData.OtherAudience], result.Events.Select(e => e.AudienceId));
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Deleted, "ada@example.org"), (e.Kind, e.Email)));
    }

    [Fact]
    public void Expand_ListChangedWithoutFullResync_PushesNobodyAndSaysHowTo()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut(TestData.Index((contact, Newsletter)));

        // Act
        var result = sut.Expand([TestData.ListRow(1, QueueRowKind.ListChanged, Newsletter, ListFields.SyncEnabled)]);

        // Assert
        Assert.Empty(result.Events);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(SkipCode.ListNeedsFullResync, outcome.Reason.Code);
        Assert.Contains("sync --full", outcome.Reason.Text);
    }

    [Fact]
    public void Expand_ListNoLongerSyncs_RemovesNobody()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut(TestData.Index((contact, NotSynced)), new SyncOptions { FullResync = true });

        // Act
        var result = sut.Expand([TestData.ListRow(1, QueueRowKind.ListChanged, NotSynced, ListFields.SyncEnabled)]);

        // Assert
        Assert.DoesNotContain(result.Events, e => e.ListId == NotSynced.ListId);
        Assert.Contains("nobody is removed", Assert.Single(result.Outcomes).Reason.Text);
    }

    [Fact]
    public void Expand_ListChangedInFullResync_ReevaluatesItsMembersUnderTheRow()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut(TestData.Index((contact, Newsletter)), new SyncOptions { FullResync = true });

        // Act
        var result = sut.Expand([TestData.ListRow(1, QueueRowKind.ListChanged, Newsletter, ListFields.SyncEnabled)]);

        // Assert
        Assert.Contains(result.Events, e => e.RowId == TestData.RowId(1) && e.Kind == MemberEventKind.Reevaluated && e.Record == contact);
        Assert.Empty(result.Outcomes);
    }

    [Fact]
    public void Expand_FullResync_ReevaluatesEveryMemberOfEverySyncingListOnly()
    {
        // Arrange
        var sut = CreateSut(
            TestData.Index((TestData.Contact(1), Newsletter), (TestData.Contact(2), Vip), (TestData.Contact(3), NotSynced)),
            new SyncOptions { FullResync = true });

        // Act
        var result = sut.Expand([]);

        // Assert
        Assert.Equal([TestData.Contact(1), TestData.Contact(2)], result.Events.Select(e => e.Record).Order(Comparer<RecordRef>.Create((a, b) => a.Id.CompareTo(b.Id))));
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Reevaluated, (Guid?)null, long.MinValue), (e.Kind, e.RowId, e.Sequence)));
    }

    [Fact]
    public void Expand_ListDeletedAndUnknown_RemovesNobody()
    {
        // Arrange
        var gone = TestData.TagList(8, "Old");
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.ListRow(1, QueueRowKind.ListDeleted, gone)]);

        // Assert
        Assert.Empty(result.Events);
        Assert.Equal(SkipCode.DeletedListUnknown, Assert.Single(result.Outcomes).Reason.Code);
    }

    [Fact]
    public void Expand_ListDeletedWithKnownMembers_FormerMembersLeaveIt()
    {
        // Arrange
        var gone = TestData.TagList(8, "Old");
        var sut = CreateSut(deleted: new Dictionary<Guid, DeletedList> { [gone.ListId] = new(gone, [TestData.Contact(1), TestData.Contact(2)]) });

        // Act
        var result = sut.Expand([TestData.ListRow(1, QueueRowKind.ListDeleted, gone)]);

        // Assert
        Assert.Equal(2, result.Events.Count);
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Left, gone.ListId), (e.Kind, e.ListId!.Value)));
    }

    [Fact]
    public void Expand_RowsOutOfOrder_EventsFollowTheSequence()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.Removed(2, contact, Newsletter), TestData.Added(1, contact, Newsletter)]);

        // Assert
        Assert.Equal([MemberEventKind.Joined, MemberEventKind.Left], result.Events.Select(e => e.Kind));
    }
}
