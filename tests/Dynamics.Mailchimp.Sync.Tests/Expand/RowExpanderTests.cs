using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

using static Dynamics.Mailchimp.Sync.Tests.Expand.ExpandScenario;

namespace Dynamics.Mailchimp.Sync.Tests.Expand;

public sealed class RowExpanderTests
{
    [Fact]
    public void Expand_RowsOutOfOrder_EventsFollowTheSequence()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.Removed(2, contact, Newsletter), TestData.Added(1, contact, Newsletter)]);

        // Assert
        Assert.Equal([MemberEventKind.Joined, MemberEventKind.Left], result.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Expand_FullResync_ReevaluatesEveryMemberOfEverySyncingListOnly()
    {
        // Arrange
        var sut = CreateSut(
            TestData.Index((TestData.Contact(1), Newsletter), (TestData.Contact(2), Vip), (TestData.Contact(3), NotSynced)),
            new SyncOptions { FullResync = true });

        // Act
        var result = sut.Expand([]);

        // Assert
        Assert.Equal([TestData.Contact(1), TestData.Contact(2)], result.Events.Select(e => e.Record).Order(Comparer<RecordRef>.Create((a, b) => a.Id.CompareTo(b.Id))));
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Reevaluated, (Guid?)null, long.MinValue), (e.Kind, e.RowId, e.Sequence)));
    }
}
