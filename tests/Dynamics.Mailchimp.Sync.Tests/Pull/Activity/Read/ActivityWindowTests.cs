using System.Globalization;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Pull.Activity.Read;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Activity.Read;

public sealed class ActivityWindowTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-29T12:00:00Z", CultureInfo.InvariantCulture);

    private static ActivityWindow CreateSut(DateTimeOffset? checkpoint) =>
        ActivityWindow.For(checkpoint, Now, new ActivityPullOptions { Retention = TimeSpan.FromDays(30), Overlap = TimeSpan.FromMinutes(10) });

    [Fact]
    public void For_NoCheckpoint_ReadsEverythingAndFiltersByRetention()
    {
        // Act
        var sut = CreateSut(null);

        // Assert
        Assert.True(sut.IsFirstImport);
        Assert.Null(sut.ReadSince);
        Assert.True(sut.Includes(Now.AddDays(-30)));
        Assert.False(sut.Includes(Now.AddDays(-30).AddSeconds(-1)));
    }

    [Fact]
    public void For_Checkpoint_ReadsFromTheCheckpointMinusTheOverlap()
    {
        // Act
        var sut = CreateSut(Now.AddHours(-1));

        // Assert
        Assert.False(sut.IsFirstImport);
        Assert.Equal(Now.AddHours(-1).AddMinutes(-10), sut.ReadSince);
        Assert.False(sut.Includes(Now.AddHours(-1).AddMinutes(-10)));
        Assert.True(sut.Includes(Now.AddHours(-1).AddMinutes(-9)));
    }

    [Fact]
    public void For_CheckpointOlderThanTheRetention_ReadsFromTheRetentionLimit()
    {
        // Act
        var sut = CreateSut(Now.AddDays(-60));

        // Assert
        Assert.Equal(Now.AddDays(-30), sut.ReadSince);
        Assert.False(sut.Includes(Now.AddDays(-31)));
    }
}
