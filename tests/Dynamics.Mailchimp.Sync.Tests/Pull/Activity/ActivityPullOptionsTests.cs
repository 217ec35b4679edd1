using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Sync.Pull.Activity;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Activity;

public sealed class ActivityPullOptionsTests
{
    private static bool IsValid(ActivityPullOptions options) =>
        Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);

    [Fact]
    public void Defaults_AreValidAndDocumented()
    {
        // Act
        var sut = new ActivityPullOptions();

        // Assert
        Assert.True(IsValid(sut));
        Assert.Equal((TimeSpan.FromDays(90), TimeSpan.FromMinutes(10), 1000, null), (sut.Retention, sut.Overlap, sut.BatchSize, sut.AudienceId));
    }

    [Theory]
    [InlineData(0, 10, 1000)]
    [InlineData(90, -1, 1000)]
    [InlineData(90, 10, 1001)]
    [InlineData(90, 10, 0)]
    public void Validate_OutOfRange_IsInvalid(int retentionDays, int overlapMinutes, int batchSize)
    {
        // Arrange
        var sut = new ActivityPullOptions { Retention = TimeSpan.FromDays(retentionDays), Overlap = TimeSpan.FromMinutes(overlapMinutes), BatchSize = batchSize };

        // Act
        var valid = IsValid(sut);

        // Assert
        Assert.False(valid);
    }
}
