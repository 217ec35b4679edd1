using Dynamics.Mailchimp.Sync.Run;

namespace Dynamics.Mailchimp.Sync.Tests.Run;

/// <summary>The push summary's failure flag: the exit code (1) rests on it.</summary>
public sealed class PushSummaryBuilderTests
{
    [Fact]
    public void Build_RecordFailure_CountsAsAFailureAndIsListed()
    {
        // Arrange
        var sut = new PushSummaryBuilder();
        var row = Guid.NewGuid();

        // Act
        sut.AddRecordFailure(row, "queue row was not written: 0x80040220 Principal user is missing prvWritedmc_syncqueueitem privilege");
        var summary = sut.Build(stopped: false, dryRun: false);

        // Assert
        Assert.True(summary.AnyFailed);
        Assert.Equal(1, summary.RecordFailures);
        Assert.Contains(summary.Failures, line => line.StartsWith($"could not record {row}", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NothingFailed_IsNotAFailure()
    {
        // Arrange
        var sut = new PushSummaryBuilder();

        // Act
        var summary = sut.Build(stopped: false, dryRun: false);

        // Assert
        Assert.False(summary.AnyFailed);
        Assert.Equal(0, summary.RecordFailures);
    }
}
