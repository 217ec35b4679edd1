using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests.Decide.Rules;

/// <summary>Leaving a list: tag and interest removed and still subscribed; audience left only when nothing holds the address.</summary>
public sealed class LeaveListRuleTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);

    private static Scenario CreateSut() => StandardLists.Scenario();

    [Fact]
    public void Decide_LeavesTagListStillInAudienceList_RemovesTagAndStaysSubscribed()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter).WithRecord(Ada, "ada@example.org").WithWork(Works.Left(Ada, Vip));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(["VIP"], plan.TagsToRemove);
        Assert.Null(plan.Removal);
        Assert.Null(plan.Upsert!.Status);
    }

    [Fact]
    public void Decide_LeavesItsOnlyListATagList_RemovesTagButNeverRemovesFromAudience()
    {
        // Arrange
        var sut = CreateSut().WithRecord(Ada, "ada@example.org").WithWork(Works.Left(Ada, Vip));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(["VIP"], plan.TagsToRemove);
        Assert.Null(plan.Removal);
        Assert.Null(plan.Upsert);
    }

    [Theory]
    [InlineData(ListExitAction.Archive, RemovalKind.Archive)]
    [InlineData(ListExitAction.Unsubscribe, RemovalKind.Unsubscribe)]
    public void Decide_LeavesItsOnlyListATagListWithAnExitAction_RemovesTagAndLeavesTheAudience(ListExitAction exit, RemovalKind expected)
    {
        // Arrange
        var vip = TestData.TagList(9, "VIP") with { ExitAction = exit };
        var sut = CreateSut().WithLists(vip).WithRecord(Ada, "ada@example.org").WithWork(Works.Left(Ada, vip));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(["VIP"], plan.TagsToRemove);
        Assert.Equal(expected, plan.Removal!.Kind);
        Assert.Contains(vip.Describe(), plan.Removal.Reason);
    }

    [Fact]
    public void Decide_LeavesATagListWithAnExitActionStillInAudienceList_OnlyRemovesTheTag()
    {
        // Arrange
        var vip = TestData.TagList(9, "VIP") with { ExitAction = ListExitAction.Unsubscribe };
        var sut = CreateSut().WithLists(vip).In(Ada, Newsletter).WithRecord(Ada, "ada@example.org").WithWork(Works.Left(Ada, vip));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(["VIP"], plan.TagsToRemove);
        Assert.Null(plan.Removal);
    }

    [Fact]
    public void Decide_LeavesATagListStillInAnotherListOfTheSameTagOrInterest_KeepsThem()
    {
        // Arrange: two synced lists map to the tag VIP (names ignoring case), two to the interest int-events.
        var vipToo = TestData.TagList(7, "vip");
        var eventsToo = TestData.InterestList(8, "int-events");
        var sut = CreateSut().WithLists(vipToo, eventsToo).In(Ada, Newsletter, vipToo, eventsToo).WithRecord(Ada, "ada@example.org")
            .WithWork(Works.Left(Ada, Vip)).WithWork(Works.Left(Ada, Events, row: 2));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Empty(plan.TagsToRemove);
        Assert.Empty(plan.Upsert!.Interests);
    }

    [Fact]
    public void Decide_LeavesInterestList_SetsInterestFalseAndStaysSubscribed()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter).WithRecord(Ada, "ada@example.org").WithWork(Works.Left(Ada, Events));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(new Dictionary<string, bool> { ["int-events"] = false }, plan.Upsert!.Interests);
        Assert.Null(plan.Removal);
    }

    [Fact]
    public void Decide_LeavesOnlyInterestList_UpdatesOnlyAnExistingMember()
    {
        // Arrange
        var sut = CreateSut().WithRecord(Ada, "ada@example.org").WithWork(Works.Left(Ada, Events));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.True(plan.Upsert!.UpdateOnly);
        Assert.False(plan.Upsert.Interests["int-events"]);
        Assert.Null(plan.Removal);
    }

    [Fact]
    public void Decide_LeavesLastAudienceList_ArchivesByDefault()
    {
        // Arrange
        var sut = CreateSut().WithRecord(Ada, "ada@example.org").WithWork(Works.Left(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal((RemovalKind.Archive, "ada@example.org"), (plan.Removal!.Kind, plan.Removal.Email));
        Assert.Contains(Newsletter.Describe(), plan.Removal.Reason);
        Assert.Null(plan.Upsert);
    }

    [Fact]
    public void Decide_LeavesLastAudienceListWithLeaveActionUnsubscribe_Unsubscribes()
    {
        // Arrange
        var sut = CreateSut().WithSettings(AudienceSettings.For(TestData.Audience) with { LeaveAction = LeaveAction.Unsubscribe })
            .WithRecord(Ada, "ada@example.org").WithWork(Works.Left(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(RemovalKind.Unsubscribe, plan.Removal!.Kind);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Decide_LeavesAudienceListButAnotherListOfTheAudienceHoldsIt_IsNotRemoved(int otherList)
    {
        // Arrange
        var other = otherList == 2 ? Customers : Vip;
        var sut = CreateSut().In(Ada, other).WithRecord(Ada, "ada@example.org").WithWork(Works.Left(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Removal);
        Assert.NotNull(plan.Upsert);
    }

    [Fact]
    public void Decide_LeavesAudienceListButAListOfAnotherAudienceHoldsIt_IsRemovedFromThisAudience()
    {
        // Arrange
        var elsewhere = TestData.AudienceList(9, TestData.OtherAudience);
        var sut = CreateSut().WithLists(elsewhere).In(Ada, elsewhere).WithRecord(Ada, "ada@example.org").WithWork(Works.Left(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(RemovalKind.Archive, plan.Removal!.Kind);
    }

    [Fact]
    public void Decide_LeavesAudienceListButAnotherRecordWithTheAddressHoldsIt_IsNotRemoved()
    {
        // Arrange
        var lead = TestData.Lead(2);
        var sut = CreateSut().In(lead, LeadNewsletter)
            .WithRecord(Ada, "ada@example.org").WithRecord(lead, "ADA@example.org")
            .WithWork(Works.Left(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Removal);
        Assert.Equal("ADA@example.org", plan.Upsert!.Email);
    }

    [Fact]
    public void Decide_DeactivatedRecord_LeavesItsListsAsAbove()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter, Vip)
            .WithRecord(Ada, "ada@example.org", s => s with { IsActive = false })
            .WithWork(Works.Changed(Ada, "ada@example.org", columns: [MemberFields.StateCode]));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(RemovalKind.Archive, plan.Removal!.Kind);
        Assert.Equal(["VIP"], plan.TagsToRemove);
    }

    [Fact]
    public void Decide_DeletedRecord_LeavesEverySyncingListOfItsTableInTheAudience()
    {
        // Arrange
        var sut = CreateSut().WithWork(Works.Deleted(Ada, "ada@example.org"));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal((RemovalKind.Archive, "ada@example.org"), (plan.Removal!.Kind, plan.Removal.Email));
        Assert.Equal(["VIP"], plan.TagsToRemove);
    }

    [Fact]
    public void Decide_DeletedRecordWhoseAddressAnotherRecordHolds_IsNotRemoved()
    {
        // Arrange
        var bob = TestData.Contact(2);
        var sut = CreateSut().In(bob, Newsletter).WithRecord(bob, "ada@example.org").WithWork(Works.Deleted(Ada, "ada@example.org"));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Removal);
        Assert.Equal("ada@example.org", plan.Upsert!.Email);
    }

    [Fact]
    public void Decide_EmailCleared_ThePreviousAddressLeaves()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter).WithRecord(Ada, null)
            .WithWork(Works.Changed(Ada, null, previousEmail: "ada@example.org", columns: [MemberFields.EmailAddress1]));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal((RemovalKind.Archive, "ada@example.org"), (plan.Removal!.Kind, plan.Removal.Email));
    }

    [Fact]
    public void Decide_RenamedThenRemovedInOneRun_RemovesTheAddressMailchimpKnows()
    {
        // Arrange
        var sut = CreateSut().WithRecord(Ada, "new@example.org")
            .WithWork(Works.Changed(Ada, "new@example.org", previousEmail: "old@example.org") with { ListChanges = new Dictionary<Guid, Sync.Coalesce.ListChange> { [Newsletter.ListId] = Sync.Coalesce.ListChange.Left } });

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal("old@example.org", plan.Removal!.Email);
    }
}
