using Dynamics.Mailchimp.Sync.Run;

namespace Dynamics.Mailchimp.Sync.Tests.Run;

/// <summary>How many writes carry a cycle's held outcomes.</summary>
public sealed class OutcomeTailTests
{
    private static OutcomeTail CreateSut() => new(LastRoundPlans: 5000, ParallelWrites: 10);

    [Theory]
    [InlineData(5000, 10)] // the last round at 10,000 members: ten writes of 500 instead of five of 1,000
    [InlineData(600, 3)] // at least 250 operations a write
    [InlineData(100, 1)] // a small rest stays one write
    [InlineData(1, 1)]
    [InlineData(12000, 12)] // never more than 1,000 operations a write, even beyond the parallel writes
    public void Writes_HeldOperations_SpreadsWithinTheLimits(int operations, int expected)
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var writes = sut.Writes(operations, batchOperations: 1000);

        // Assert
        Assert.Equal(expected, writes);
    }

    [Theory]
    [InlineData(500, 9, 1)] // the last answer of a round whose nine others are still being written: one write of 500
    [InlineData(1000, 8, 2)]
    [InlineData(5000, 10, 5)] // every connection taken: one write per 1,000 operations, none waiting for a connection
    [InlineData(5000, 4, 6)]
    public void Writes_OtherWritesInFlight_SpreadsOverTheConnectionsLeft(int operations, int inFlight, int expected)
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var writes = sut.Writes(operations, batchOperations: 1000, writesInFlight: inFlight);

        // Assert
        Assert.Equal(expected, writes);
    }

    [Theory]
    [InlineData(5000, 10, 500)] // ten connections of 500 members: one write per batch subscribe's answers
    [InlineData(1000, 10, 250)] // never under the fewest operations of a spread write
    [InlineData(5000, 0, 5000)]
    public void RoundWrite_LastRound_ItsShareOfOneConnectionAtLeastTheFewest(int lastRoundPlans, int parallelWrites, int expected)
    {
        // Arrange
        var sut = new OutcomeTail(lastRoundPlans, parallelWrites);

        // Act / Assert
        Assert.Equal(expected, sut.RoundWrite);
    }
}
