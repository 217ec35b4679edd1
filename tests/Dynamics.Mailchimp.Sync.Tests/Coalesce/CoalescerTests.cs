using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Coalesce;

public sealed class CoalescerTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);
    private static readonly Guid ListA = TestData.ListId(1);
    private static readonly Guid ListB = TestData.ListId(2);

    private static Coalescer CreateSut() => new();

    private static MemberEvent Event(int row, MemberEventKind kind, Guid? list = null, string? email = null, string? previous = null, RecordRef? record = null, string audience = TestData.Audience) => new()
    {
        RowId = TestData.RowId(row),
        Sequence = row,
        Record = record ?? Ada,
        AudienceId = audience,
        Kind = kind,
        ListId = list,
        Email = email,
        PreviousEmail = previous,
    };

    [Fact]
    public void Coalesce_JoinThenLeaveSameList_LeaveWinsAndJoinRowIsSuperseded()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Coalesce([Event(1, MemberEventKind.Joined, ListA), Event(2, MemberEventKind.Left, ListA)]);

        // Assert
        var work = Assert.Single(result.Works);
        Assert.Equal(ListChange.Left, work.ListChanges[ListA]);
        Assert.Equal([TestData.RowId(2)], work.RowIds);
        var superseded = Assert.Single(result.Superseded);
        Assert.Equal((TestData.RowId(1), RowOutcomeKind.Superseded), (superseded.RowId, superseded.Kind));
        Assert.Contains($"replaced by the later queue row {TestData.RowId(2):D} for {Ada}", superseded.Reason.Text);
    }

    [Fact]
    public void Coalesce_JoinsOfTwoLists_NeitherIsSuperseded()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Coalesce([Event(1, MemberEventKind.Joined, ListA), Event(2, MemberEventKind.Left, ListB)]);

        // Assert
        Assert.Empty(result.Superseded);
        Assert.Equal(ListChange.Joined, Assert.Single(result.Works).ListChanges[ListA]);
    }

    [Fact]
    public void Coalesce_EmailChangedTwice_KeepsFirstPreviousAndLastEmailAndBothRows()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Coalesce([Event(1, MemberEventKind.Changed, email: "b@example.org", previous: "a@example.org"), Event(2, MemberEventKind.Changed, email: "c@example.org", previous: "b@example.org")]);

        // Assert
        var work = Assert.Single(result.Works);
        Assert.Equal(("a@example.org", "c@example.org"), (work.FirstPreviousEmail, work.LastEmail));
        Assert.Empty(result.Superseded);
        Assert.Equal(2, work.RowIds.Count);
    }

    [Fact]
    public void Coalesce_TwoDataChanges_EarlierRowIsSuperseded()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Coalesce([Event(1, MemberEventKind.Changed, email: "a@example.org"), Event(2, MemberEventKind.Changed, email: "a@example.org")]);

        // Assert
        Assert.Equal(TestData.RowId(1), Assert.Single(result.Superseded).RowId);
        Assert.True(Assert.Single(result.Works).Changed);
    }

    [Fact]
    public void Coalesce_ChangeThenDelete_WorkIsDeletedAndChangeRowSuperseded()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Coalesce([Event(1, MemberEventKind.Joined, ListA), Event(2, MemberEventKind.Changed, email: "a@example.org"), Event(3, MemberEventKind.Deleted, email: "a@example.org")]);

        // Assert
        var work = Assert.Single(result.Works);
        Assert.True(work.Deleted);
        Assert.Equal("a@example.org", work.LastEmail);
        Assert.Equal([TestData.RowId(1), TestData.RowId(2)], result.Superseded.Select(o => o.RowId).Order());
    }

    [Fact]
    public void Coalesce_BulkRowPartlyReplaced_IsNotSuperseded()
    {
        // Arrange
        var sut = CreateSut();
        var bob = TestData.Contact(2);

        // Act
        var result = sut.Coalesce([Event(1, MemberEventKind.Joined, ListA), Event(1, MemberEventKind.Joined, ListA, record: bob), Event(2, MemberEventKind.Left, ListA)]);

        // Assert
        Assert.Empty(result.Superseded);
        Assert.Contains(TestData.RowId(1), result.Works.Single(w => w.Record == bob).RowIds);
    }

    [Fact]
    public void Coalesce_BulkRowFullyReplaced_IsSuperseded()
    {
        // Arrange
        var sut = CreateSut();
        var bob = TestData.Contact(2);

        // Act
        var result = sut.Coalesce([Event(1, MemberEventKind.Joined, ListA), Event(1, MemberEventKind.Joined, ListA, record: bob), Event(2, MemberEventKind.Left, ListA), Event(3, MemberEventKind.Left, ListA, record: bob)]);

        // Assert
        Assert.Equal(TestData.RowId(1), Assert.Single(result.Superseded).RowId);
    }

    [Fact]
    public void Coalesce_EmailChangeThenDelete_EmailChangeRowIsKept()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Coalesce([Event(1, MemberEventKind.Changed, email: "b@example.org", previous: "a@example.org"), Event(2, MemberEventKind.Deleted, email: "b@example.org")]);

        // Assert
        Assert.Empty(result.Superseded);
        Assert.Equal("a@example.org", Assert.Single(result.Works).FirstPreviousEmail);
    }

    [Fact]
    public void Coalesce_SameRecordInTwoAudiences_IsTwoWorks()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Coalesce([Event(1, MemberEventKind.Changed, email: "a@example.org"), Event(1, MemberEventKind.Changed, email: "a@example.org", audience: TestData.OtherAudience)]);

        // Assert
        Assert.Equal([TestData.Audience, TestData.OtherAudience], result.Works.Select(w => w.AudienceId));
    }

    [Fact]
    public void Coalesce_FullResyncThenQueuedLeave_TheRowWinsAndNothingIsSuperseded()
    {
        // Arrange
        var sut = CreateSut();
        var resync = Event(0, MemberEventKind.Reevaluated, ListA) with { RowId = null, Sequence = long.MinValue };

        // Act
        var result = sut.Coalesce([Event(5, MemberEventKind.Left, ListA), resync]);

        // Assert
        Assert.Equal(ListChange.Left, Assert.Single(result.Works).ListChanges[ListA]);
        Assert.Empty(result.Superseded);
    }

    [Fact]
    public void Coalesce_QueuedJoinThenFullResync_ResyncDoesNotSupersedeTheRow()
    {
        // Arrange
        var sut = CreateSut();
        var resync = Event(0, MemberEventKind.Reevaluated, ListA) with { RowId = null, Sequence = long.MaxValue };

        // Act
        var result = sut.Coalesce([Event(5, MemberEventKind.Joined, ListA), resync]);

        // Assert
        Assert.Empty(result.Superseded);
        Assert.Equal([TestData.RowId(5)], Assert.Single(result.Works).RowIds);
    }
}
