using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Pull.Match;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Decide;

/// <summary>Issue #10: "Unmatched members are counted and reported, not created (an option may create leads)".</summary>
public sealed class LeadRuleTests
{
    private const string Email = "Nora.Finch@brightfield-labs.com";

    private static LeadRule CreateSut(bool on = true, SyncOptions? sync = null) =>
        new(new PullOptions { CreateLeadsForUnmatched = on }, sync ?? new SyncOptions());

    private static MemberMatch Unmatched(MemberStatus status, string? first = "Nora", string? last = "Finch") =>
        new(new PulledMember(TestData.Audience, "hash-nora", Email, status, TestData.Now) { FirstName = first, LastName = last }, [], new Dictionary<RecordRef, IReadOnlyList<Guid>>());

    [Fact]
    public void Decide_OptionOff_CreatesNothing()
    {
        // Act
        var change = CreateSut(on: false).Decide(Unmatched(MemberStatus.Subscribed));

        // Assert
        Assert.Null(change);
        Assert.False(new PullOptions().CreateLeadsForUnmatched);
    }

    [Fact]
    public void Decide_SubscribedUnmatched_LeadWithNamesIdAndStatusAndItsLogRow()
    {
        // Act
        var change = CreateSut().Decide(Unmatched(MemberStatus.Subscribed));

        // Assert
        Assert.NotNull(change);
        Assert.Equal(ConsentChangeKind.LeadCreated, change.Kind);
        Assert.Equal(new RecordRef(TableNames.Lead, LeadRule.LeadId("nora.finch@brightfield-labs.com")), change.Record);
        Assert.Equal(new NewLead(Email, "Nora", "Finch"), change.NewLead);
        Assert.Equal(MemberStatus.Subscribed, change.NewStatus);
        var logged = Assert.Single(change.Events);
        Assert.Equal((MemberFields.MailchimpStatus, (string?)null, "subscribed"), (logged.Field, logged.OldValue, logged.NewValue));
        Assert.Contains("CreateLeadsForUnmatched", logged.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoNames_TheAddressIsTheLastName()
    {
        // Act
        var change = CreateSut().Decide(Unmatched(MemberStatus.Subscribed, first: null, last: null));

        // Assert
        Assert.Equal(new NewLead(Email, null, Email), change!.NewLead);
    }

    [Theory]
    [InlineData(MemberStatus.Unsubscribed)]
    [InlineData(MemberStatus.Cleaned)]
    [InlineData(MemberStatus.Pending)]
    [InlineData(MemberStatus.Archived)]
    public void Decide_NotSubscribed_OnlyCounted(MemberStatus status)
    {
        // Act
        var change = CreateSut().Decide(Unmatched(status));

        // Assert
        Assert.Null(change);
    }

    [Fact]
    public void Decide_Matched_CreatesNothing()
    {
        // Arrange
        var record = TestData.Snapshot(TestData.Contact(1), Email);
        var match = Unmatched(MemberStatus.Subscribed) with { Records = [record] };

        // Act
        var change = CreateSut().Decide(match);

        // Assert
        Assert.Null(change);
    }

    [Theory]
    [InlineData(TableNames.Contact)]
    [InlineData(TableNames.Lead)]
    [InlineData(TableNames.Account)]
    public void Decide_AKindNotSynced_CreatesNothing(string off)
    {
        // Arrange: a member of a kind that is not matched would look unmatched and be duplicated as a lead.
        var sync = new SyncOptions { SyncContacts = off != TableNames.Contact, SyncLeads = off != TableNames.Lead, SyncAccounts = off != TableNames.Account };

        // Act
        var change = CreateSut(sync: sync).Decide(Unmatched(MemberStatus.Subscribed));

        // Assert
        Assert.Null(change);
    }

    [Fact]
    public void LeadId_SameAddressAnyCase_SameLead()
    {
        // Act / Assert
        Assert.Equal(LeadRule.LeadId("nora.finch@brightfield-labs.com"), LeadRule.LeadId(" NORA.FINCH@brightfield-labs.com "));
        Assert.NotEqual(LeadRule.LeadId("nora.finch@brightfield-labs.com"), LeadRule.LeadId("nora@brightfield-labs.com"));
    }
}
