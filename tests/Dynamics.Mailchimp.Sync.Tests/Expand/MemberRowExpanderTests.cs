using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

using static Dynamics.Mailchimp.Sync.Tests.Expand.ExpandScenario;

namespace Dynamics.Mailchimp.Sync.Tests.Expand;

public sealed class MemberRowExpanderTests
{
    [Fact]
    public void Expand_MemberChanged_FansOutOnceToEachAudienceOfItsSyncingLists()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut(TestData.Index((contact, Newsletter), (contact, Vip), (contact, OtherAudience), (contact, NotSynced)));

        // Act
        var result = sut.Expand([TestData.MemberChanged(1, contact, "ada@example.org", "ada@old.example.org")]);

        // Assert
        Assert.Equal([TestData.Audience, TestData.OtherAudience], result.Events.Select(e => e.AudienceId));
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Changed, "ada@example.org", "ada@old.example.org"), (e.Kind, e.Email, e.PreviousEmail)));
    }

    [Fact]
    public void Expand_AccountChanged_FansOutLikeAContact()
    {
        // Arrange
        var account = TestData.Account(9);
        var sut = CreateSut(TestData.Index((account, Accounts)));

        // Act
        var result = sut.Expand([TestData.MemberChanged(1, account, "info@contoso.com")]);

        // Assert
        Assert.Equal(account, Assert.Single(result.Events).Record);
    }

    [Fact]
    public void Expand_MemberChangedInNoSyncedList_IsSkippedNamingTheRecord()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var sut = CreateSut(TestData.Index((contact, NotSynced)));

        // Act
        var result = sut.Expand([TestData.MemberChanged(1, contact, "ada@example.org")]);

        // Assert
        Assert.Empty(result.Events);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal((RowOutcomeKind.Skipped, SkipCode.NotInSyncedList), (outcome.Kind, outcome.Reason.Code));
        Assert.Contains($"contact {contact.Id:D}", outcome.Reason.Text);
    }

    [Theory]
    [InlineData(TableNames.Lead)]
    [InlineData(TableNames.Account)]
    public void Expand_KindSwitchedOff_RowIsSkippedKindDisabled(string table)
    {
        // Arrange
        var record = new RecordRef(table, TestData.Id(1));
        var sut = CreateSut(TestData.Index((record, table == TableNames.Lead ? Leads : Accounts)), new SyncOptions { SyncLeads = false, SyncAccounts = false });

        // Act
        var result = sut.Expand([TestData.MemberChanged(1, record, "a@example.org")]);

        // Assert
        Assert.Empty(result.Events);
        Assert.Equal(SkipCode.KindDisabled, Assert.Single(result.Outcomes).Reason.Code);
    }

    [Fact]
    public void Expand_MemberDeleted_GoesToEveryAudienceWithASyncingListOfItsTable()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.MemberDeleted(1, TestData.Contact(1), "ada@example.org")]);

        // Assert
        Assert.Equal([TestData.Audience, TestData.OtherAudience], result.Events.Select(e => e.AudienceId));
        Assert.All(result.Events, e => Assert.Equal((MemberEventKind.Deleted, "ada@example.org"), (e.Kind, e.Email)));
    }

    [Fact]
    public void Expand_RowOfATableThatIsNotAMemberTable_IsSkippedNamingTheTable()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Expand([TestData.MemberChanged(1, new RecordRef("incident", TestData.Id(1)), "a@example.org")]);

        // Assert
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(SkipCode.KindDisabled, outcome.Reason.Code);
        Assert.Contains("'incident' is not contact, lead, account", outcome.Reason.Text);
    }
}
