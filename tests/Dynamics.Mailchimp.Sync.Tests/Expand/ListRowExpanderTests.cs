using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

using static Dynamics.Mailchimp.Sync.Tests.Expand.ExpandScenario;

namespace Dynamics.Mailchimp.Sync.Tests.Expand;

public sealed class ListRowExpanderTests
{
    [Fact]
    public void Expand_ListChangedWithoutFullResync_PushesNobodyAndSaysHowTo()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut(TestData.Index((contact, Newsletter)));

        // Act
        var result = sut.Expand([TestData.ListRow(1, QueueRowKind.ListChanged, Newsletter, ListFields.SyncEnabled)]);

        // Assert
        Assert.Empty(result.Events);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(SkipCode.ListNeedsFullResync, outcome.Reason.Code);
        Assert.Contains("sync --full", outcome.Reason.Text);
    }

    [Fact]
    public void Expand_ListNoLongerSyncs_RemovesNobody()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut(TestData.Index((contact, NotSynced)), new SyncOptions { FullResync = true });

        // Act
        var result = sut.Expand([TestData.ListRow(1, QueueRowKind.ListChanged, NotSynced, ListFields.SyncEnabled)]);

        // Assert
        Assert.DoesNotContain(result.Events, e => e.ListId == NotSynced.ListId);
        Assert.Contains("nobody is removed", Assert.Single(result.Outcomes).Reason.Text);
    }

    [Fact]
    public void Expand_ListChangedInFullResync_ReevaluatesItsMembersUnderTheRow()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut(TestData.Index((contact, Newsletter)), new SyncOptions { FullResync = true });

        // Act
        var result = sut.Expand([TestData.ListRow(1, QueueRowKind.ListChanged, Newsletter, ListFields.SyncEnabled)]);

        // Assert
        Assert.Contains(result.Events, e => e.RowId == TestData.RowId(1) && e.Kind == MemberEventKind.Reevaluated && e.Record == contact);
        Assert.Empty(result.Outcomes);
    }

    [Fact]
    public void Expand_ListDeletedRowWithoutMapping_RemovesNobody()
    {
        // Arrange
        var gone = TestData.TagList(8, "Old");
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.ListRow(1, QueueRowKind.ListDeleted, gone)]);

        // Assert
        Assert.Empty(result.Events);
        Assert.Equal(SkipCode.DeletedListUnknown, Assert.Single(result.Outcomes).Reason.Code);
    }

    [Fact]
    public void Expand_ListDeletedWithCapturedMembers_FormerMembersLeaveItInItsAudience()
    {
        // Arrange
        var gone = TestData.TagList(8, "Old", TestData.OtherAudience);
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.ListDeleted(1, gone, TestData.Contact(1), TestData.Contact(2))]);

        // Assert
        Assert.Equal([TestData.Contact(1), TestData.Contact(2)], result.Events.Select(e => e.Record));
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Left, gone.ListId, TestData.OtherAudience), (e.Kind, e.ListId!.Value, e.AudienceId)));
        Assert.Empty(result.Outcomes);
    }

    [Fact]
    public void Expand_ListDeletedWithoutCapturedMembers_RemovesNobodyAndSaysWhy()
    {
        // Arrange
        var gone = TestData.AudienceList(8);
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.ListDeleted(1, gone, "it is a dynamic list")]);

        // Assert
        Assert.Empty(result.Events);
        var reason = Assert.Single(result.Outcomes).Reason;
        Assert.Equal(SkipCode.DeletedListUnknown, reason.Code);
        Assert.Contains("it is a dynamic list", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_ListDeletedWithAnIncompleteMapping_IsSkippedNotFailed()
    {
        // Arrange
        var gone = TestData.TagList(8, " ");
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.ListDeleted(1, gone, TestData.Contact(1))]);

        // Assert
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal((RowOutcomeKind.Skipped, SkipCode.DeletedListUnknown), (outcome.Kind, outcome.Reason.Code));
        Assert.Contains("dmc_tagname", outcome.Reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_ListDeletedOfASwitchedOffKind_IsSkipped()
    {
        // Arrange
        var gone = TestData.AudienceList(8, table: TableNames.Lead);
        var sut = CreateSut(options: new SyncOptions { SyncLeads = false });

        // Act
        var result = sut.Expand([TestData.ListDeleted(1, gone, TestData.Lead(1))]);

        // Assert
        Assert.Equal(SkipCode.KindDisabled, Assert.Single(result.Outcomes).Reason.Code);
    }

    [Fact]
    public void Expand_ListDeletedThatHadNoMembers_IsSkipped()
    {
        // Arrange
        var gone = TestData.AudienceList(8);
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.ListDeleted(1, gone)]);

        // Assert
        Assert.Equal(SkipCode.NoMembers, Assert.Single(result.Outcomes).Reason.Code);
    }

    [Fact]
    public void Expand_ListMembersChanged_ReevaluatesEveryCurrentMemberUnderTheRow()
    {
        // Arrange
        var sut = CreateSut(TestData.Index((TestData.Contact(1), Vip), (TestData.Contact(2), Vip), (TestData.Contact(3), Newsletter)));

        // Act
        var result = sut.Expand([TestData.MembersChanged(1, Vip)]);

        // Assert
        Assert.Equal([TestData.Contact(1), TestData.Contact(2)], result.Events.Select(e => e.Record));
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Reevaluated, (Guid?)TestData.RowId(1)), (e.Kind, e.RowId)));
    }

    [Fact]
    public void Expand_ListMembersChangedOnAnEmptyList_IsSkippedNamingTheList()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.MembersChanged(1, Vip)]);

        // Assert
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(SkipCode.NoMembers, outcome.Reason.Code);
        Assert.Contains($"{Vip.Describe()} has no members now", outcome.Reason.Text);
    }
}
