using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

using static Dynamics.Mailchimp.Sync.Tests.Expand.ExpandScenario;

namespace Dynamics.Mailchimp.Sync.Tests.Expand;

public sealed class MembershipRowExpanderTests
{
    [Fact]
    public void Expand_BulkMembershipRow_OneJoinedEventPerMember()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.AddedMany(1, Vip, TestData.Contact(1), TestData.Contact(2), TestData.Contact(3))]);

        // Assert
        Assert.Equal([TestData.Contact(1), TestData.Contact(2), TestData.Contact(3)], result.Events.Select(e => e.Record));
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Joined, Vip.ListId, TestData.Audience, (Guid?)TestData.RowId(1)), (e.Kind, e.ListId!.Value, e.AudienceId, e.RowId)));
        Assert.Empty(result.Outcomes);
    }

    [Fact]
    public void Expand_RemovedRow_IsALeftEventForThatList()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.Removed(1, TestData.Contact(1), Newsletter)]);

        // Assert
        var single = Assert.Single(result.Events);
        Assert.Equal((MemberEventKind.Left, Newsletter.ListId), (single.Kind, single.ListId!.Value));
    }

    [Fact]
    public void Expand_MembershipRowOfListThatDoesNotSync_IsSkippedNamingTheList()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.Added(1, TestData.Contact(1), NotSynced)]);

        // Assert
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal((TestData.RowId(1), SkipCode.ListNotSynced), (outcome.RowId, outcome.Reason.Code));
        Assert.Contains($"list {NotSynced.ListId:D}", outcome.Reason.Text);
    }

    [Fact]
    public void Expand_MembershipRowOfMisconfiguredList_FailsSoItIsRetriedAfterTheFix()
    {
        // Arrange
        var broken = TestData.List(7, ListTarget.Tag(" "));
        var sut = new RowExpander(new ExpandContext(new ListMappings([broken]), MembershipIndex.Empty, new SyncOptions()));

        // Act
        var result = sut.Expand([TestData.Added(1, TestData.Contact(1), broken)]);

        // Assert
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal((RowOutcomeKind.Failed, SkipCode.ListMisconfigured), (outcome.Kind, outcome.Reason.Code));
        Assert.Contains("dmc_tagname", outcome.Reason.Text);
    }

    [Fact]
    public void Expand_BulkRowWithoutMembers_IsSkippedNoMembers()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.AddedMany(1, Newsletter)]);

        // Assert
        Assert.Equal(SkipCode.NoMembers, Assert.Single(result.Outcomes).Reason.Code);
    }

    [Fact]
    public void Expand_BulkRemovalRow_OneLeftEventPerMember()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.RemovedMany(1, Vip, TestData.Contact(1), TestData.Contact(2))]);

        // Assert
        Assert.Equal([TestData.Contact(1), TestData.Contact(2)], result.Events.Select(e => e.Record));
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Left, Vip.ListId), (e.Kind, e.ListId!.Value)));
    }
}
