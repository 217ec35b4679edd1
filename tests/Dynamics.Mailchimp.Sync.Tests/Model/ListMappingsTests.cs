using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Model;

public sealed class ListMappingsTests
{
    [Fact]
    public void Syncing_NotSyncingOrIncompleteLists_AreLeftOut()
    {
        // Arrange
        var syncing = TestData.AudienceList(1);
        var sut = new ListMappings([syncing, TestData.List(2, ListTarget.Audience, syncing: false), TestData.List(3, ListTarget.Tag(null))]);

        // Act
        var lists = sut.Syncing;

        // Assert
        Assert.Equal([syncing], lists);
    }

    [Fact]
    public void SyncingIn_OtherAudience_IsLeftOut()
    {
        // Arrange
        var mine = TestData.TagList(1, "VIP");
        var sut = new ListMappings([mine, TestData.AudienceList(2, TestData.OtherAudience)]);

        // Act
        var lists = sut.SyncingIn(TestData.Audience);

        // Assert
        Assert.Equal([mine], lists);
    }
}
