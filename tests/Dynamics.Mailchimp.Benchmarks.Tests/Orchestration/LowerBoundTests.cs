using Dynamics.Mailchimp.Benchmarks.Orchestration;

namespace Dynamics.Mailchimp.Benchmarks.Tests.Orchestration;

public sealed class LowerBoundTests
{
    [Fact]
    public void Seconds_HundredThousand_IsMailchimpsWorkOverTenConnections()
    {
        // Arrange: Mailchimp: 200 calls × 100 ms + 100,000 × 2 ms = 220 s; Dataverse: 320 × 50 ms + 100,100 × 1 ms = 116.1 s.

        // Act
        var seconds = LowerBound.Seconds(100_000, 10);

        // Assert
        Assert.Equal(22.0, seconds, precision: 6);
    }

    [Fact]
    public void Seconds_FewChanges_IsTheCriticalPath()
    {
        // Arrange: 2 reads × 50 ms + (100 + 200 × 2) ms + (50 + 201 × 1) ms = 0.851 s.

        // Act
        var seconds = LowerBound.Seconds(200, 10);

        // Assert
        Assert.Equal(0.851, seconds, precision: 6);
    }
}
