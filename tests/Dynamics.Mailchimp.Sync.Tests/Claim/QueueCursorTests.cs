using Dynamics.Mailchimp.Sync.Claim;

namespace Dynamics.Mailchimp.Sync.Tests.Claim;

/// <summary>Where a run has read the queue to: later sequences follow, and so do untaken rows that tie with the last one.</summary>
public sealed class QueueCursorTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    [Fact]
    public void IsAhead_Start_EveryRowEvenWithoutASequence()
    {
        // Arrange
        var sut = QueueCursor.Start;

        // Act / Assert
        Assert.True(sut.IsAhead(A, 1));
        Assert.True(sut.IsAhead(A, null));
        Assert.Null(sut.Sequence);
    }

    [Fact]
    public void Past_RowsInSequenceOrder_LaterSequencesAndUntakenTiesAreAhead()
    {
        // Arrange: rows A (5) and B (7) taken; C also has sequence 7 (two events in one microsecond).
        var sut = QueueCursor.Start.Past([(A, 5), (B, 7)]);

        // Act / Assert
        Assert.Equal(7, sut.Sequence);
        Assert.False(sut.IsAhead(A, 5));
        Assert.False(sut.IsAhead(B, 7));
        Assert.True(sut.IsAhead(C, 7));
        Assert.True(sut.IsAhead(A, 8));
        Assert.False(sut.IsAhead(C, 6));
        Assert.False(sut.IsAhead(C, null));
    }

    [Fact]
    public void Past_AgainAtTheSameSequence_RemembersEveryRowTakenAtIt()
    {
        // Arrange
        var first = QueueCursor.Start.Past([(A, 7)]);

        // Act
        var sut = first.Past([(B, 7)]);

        // Assert: the earlier cursor is unchanged; the new one passes over both.
        Assert.False(sut.IsAhead(A, 7));
        Assert.False(sut.IsAhead(B, 7));
        Assert.True(sut.IsAhead(C, 7));
        Assert.True(first.IsAhead(B, 7));
    }

    [Fact]
    public void Past_NothingWithASequence_StaysWhereItWas()
    {
        // Arrange
        var start = QueueCursor.Start.Past([(A, 3)]);

        // Act
        var sut = start.Past([(B, null)]);

        // Assert
        Assert.Same(start, sut);
    }
}
