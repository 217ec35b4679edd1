using Dynamics.Mailchimp.Plugins.Queue;

namespace Dynamics.Mailchimp.Plugins.Tests.Queue;

public sealed class QueueSequenceTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 18, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void For_LaterMicrosecond_SortsAfterEveryRowOfEarlierEvent()
    {
        // Act
        var lastOfFirst = QueueSequence.For(Now, QueueSequence.RowsPerEvent - 1);
        var firstOfNext = QueueSequence.For(Now.AddTicks(10), 0);

        // Assert
        Assert.True(firstOfNext > lastOfFirst);
    }

    [Fact]
    public void For_RowsOfOneEvent_AreConsecutive()
    {
        // Act / Assert
        Assert.Equal(QueueSequence.For(Now, 0) + 3, QueueSequence.For(Now, 3));
    }

    [Fact]
    public void For_LocalTime_EqualsSameInstantInUtc()
    {
        // Act / Assert
        Assert.Equal(QueueSequence.For(Now, 0), QueueSequence.For(Now.ToLocalTime(), 0));
    }

    [Fact]
    public void For_Year2300_StillFitsInALong()
    {
        // Act
        var sequence = QueueSequence.For(new DateTime(2300, 1, 1, 0, 0, 0, DateTimeKind.Utc), 999);

        // Assert
        Assert.True(sequence > QueueSequence.For(Now, 0));
    }

    [Fact]
    public void For_IndexOutOfRange_Throws()
    {
        // Act / Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => QueueSequence.For(Now, QueueSequence.RowsPerEvent));
    }
}
