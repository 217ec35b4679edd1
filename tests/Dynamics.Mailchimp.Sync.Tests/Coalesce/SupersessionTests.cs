using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Coalesce;

/// <summary>When a later event makes an earlier one redundant.</summary>
public sealed class SupersessionTests
{
    private static MemberEvent Event(long sequence, MemberEventKind kind, int list = 1, string? previous = null) => new()
    {
        RowId = TestData.RowId((int)sequence),
        Sequence = sequence,
        Record = TestData.Contact(1),
        AudienceId = TestData.Audience,
        Kind = kind,
        ListId = kind is MemberEventKind.Joined or MemberEventKind.Left or MemberEventKind.Reevaluated ? TestData.ListId(list) : null,
        PreviousEmail = previous,
    };

    [Theory]
    [InlineData(MemberEventKind.Joined, MemberEventKind.Left, true)]
    [InlineData(MemberEventKind.Left, MemberEventKind.Joined, true)]
    [InlineData(MemberEventKind.Joined, MemberEventKind.Deleted, true)]
    [InlineData(MemberEventKind.Changed, MemberEventKind.Changed, true)]
    [InlineData(MemberEventKind.Changed, MemberEventKind.Deleted, true)]
    [InlineData(MemberEventKind.Joined, MemberEventKind.Changed, false)]
    [InlineData(MemberEventKind.Changed, MemberEventKind.Joined, false)]
    [InlineData(MemberEventKind.Deleted, MemberEventKind.Deleted, false)]
    public void Replaces_LaterEventOfTheSameRecord_FollowsTheRule(MemberEventKind earlier, MemberEventKind later, bool expected)
    {
        // Act
        var replaces = Supersession.Replaces(Event(1, earlier), Event(2, later));

        // Assert
        Assert.Equal(expected, replaces);
    }

    [Fact]
    public void Replaces_JoinOfAnotherList_IsFalse()
    {
        // Act / Assert
        Assert.False(Supersession.Replaces(Event(1, MemberEventKind.Joined, list: 1), Event(2, MemberEventKind.Left, list: 2)));
    }

    [Fact]
    public void Replaces_EarlierEventThatChangedTheEmail_IsNeverReplaced()
    {
        // Act / Assert
        Assert.False(Supersession.Replaces(Event(1, MemberEventKind.Changed, previous: "old@example.org"), Event(2, MemberEventKind.Changed)));
    }

    [Fact]
    public void Replaces_EarlierSequence_IsFalse()
    {
        // Act / Assert
        Assert.False(Supersession.Replaces(Event(2, MemberEventKind.Joined), Event(1, MemberEventKind.Left)));
    }

    [Fact]
    public void Replaces_ByAFullResyncEventWithoutRow_IsFalse()
    {
        // Act / Assert
        Assert.False(Supersession.Replaces(Event(1, MemberEventKind.Joined), Event(2, MemberEventKind.Reevaluated) with { RowId = null }));
    }
}
