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

    [Fact]
    public void WithDeleted_RowsDescribingDeletedLists_AddTheirMappingsAsNotSyncing()
    {
        // Arrange
        var kept = TestData.AudienceList(1);
        var gone = TestData.TagList(2, "Gala");
        var sut = new ListMappings([kept]);

        // Act
        var lists = sut.WithDeleted([TestData.ListDeleted(1, gone, TestData.Contact(1)), TestData.Added(2, TestData.Contact(1), kept)]);

        // Assert
        Assert.Equal(ListTarget.Tag("Gala"), lists.Find(gone.ListId)!.Target);
        Assert.Null(lists.FindSyncing(gone.ListId));
        Assert.Equal([kept], lists.Syncing);
    }

    [Fact]
    public void WithDeleted_AListDataverseStillReturns_KeepsTheReadMapping()
    {
        // Arrange
        var read = TestData.AudienceList(1);
        var sut = new ListMappings([read]);

        // Act
        var lists = sut.WithDeleted([TestData.ListDeleted(1, TestData.TagList(1, "Stale"))]);

        // Assert
        Assert.Same(read, lists.Find(read.ListId));
    }
}
