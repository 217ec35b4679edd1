using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Decide.Rules;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests.Decide.Rules;

/// <summary>Nobody unsubscribed or cleaned in Mailchimp is re-subscribed; re-permission sends pending instead.</summary>
public sealed class NeverResubscribeRuleTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);

    private static Scenario CreateSut(MemberStatus stored, bool repermission = false) => StandardLists.Scenario()
        .WithSettings(AudienceSettings.For(TestData.Audience) with { Repermission = repermission })
        .In(Ada, Newsletter, Vip)
        .WithRecord(Ada, "ada@example.org", s => s with { StoredStatus = stored, StoredMemberId = "hash" });

    [Theory]
    [InlineData(MemberStatus.Unsubscribed)]
    [InlineData(MemberStatus.Cleaned)]
    public void Decide_StoredOutAndRecordJoinsAList_IsSkippedWithReasonOnTheRow(MemberStatus stored)
    {
        // Arrange
        var sut = CreateSut(stored).WithWork(Works.Joined(Ada, Vip, row: 7));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.NeverResubscribe, plan.Skip!.Code);
        Assert.Contains($"{Ada} (ada@example.org)", plan.Skip.Text);
        Assert.Equal([TestData.RowId(7)], plan.RowIds);
        Assert.Null(plan.Upsert);
        Assert.Empty(plan.TagsToAdd);
    }

    [Fact]
    public void Decide_OptOutLiftedInDynamicsButUnsubscribedInMailchimp_IsNotResubscribed()
    {
        // Arrange
        var sut = CreateSut(MemberStatus.Unsubscribed).WithWork(Works.Changed(Ada, "ada@example.org", columns: [MemberFields.DoNotBulkEmail]));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.NeverResubscribe, plan.Skip!.Code);
        Assert.Contains("re-permission", plan.Skip.Text);
    }

    [Fact]
    public void Decide_UnsubscribedWithRepermissionAndRecordJoins_SendsPending()
    {
        // Arrange
        var sut = CreateSut(MemberStatus.Unsubscribed, repermission: true).WithWork(Works.Joined(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Skip);
        Assert.Equal(MemberStatus.Pending, plan.Upsert!.Status);
    }

    [Fact]
    public void Decide_UnsubscribedWithRepermissionAndDataChangeOnly_SendsNoConfirmationRequest()
    {
        // Arrange
        var sut = CreateSut(MemberStatus.Unsubscribed, repermission: true).WithWork(Works.Changed(Ada, "ada@example.org"));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.NeverResubscribe, plan.Skip!.Code);
    }

    [Fact]
    public void Decide_CleanedWithRepermission_IsStillSkipped()
    {
        // Arrange
        var sut = CreateSut(MemberStatus.Cleaned, repermission: true).WithWork(Works.Joined(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.NeverResubscribe, plan.Skip!.Code);
        Assert.Contains("cleaned", plan.Skip.Text);
    }

    [Fact]
    public void Decide_AnotherRecordWithTheAddressStoredUnsubscribed_IsNotResubscribed()
    {
        // Arrange
        var lead = TestData.Lead(2);
        var sut = StandardLists.Scenario().In(Ada, Newsletter).In(lead, LeadNewsletter)
            .WithRecord(Ada, "ada@example.org", s => s with { StoredStatus = MemberStatus.Subscribed })
            .WithRecord(lead, "ada@example.org", s => s with { StoredStatus = MemberStatus.Unsubscribed })
            .WithWork(Works.Joined(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.NeverResubscribe, plan.Skip!.Code);
    }

    [Fact]
    public void Decide_FullResyncOfAnUnsubscribedMember_StillRespectsTheUnsubscribe()
    {
        // Arrange
        var sut = CreateSut(MemberStatus.Unsubscribed).WithWork(Works.Reevaluated(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.NeverResubscribe, plan.Skip!.Code);
    }

    [Fact]
    public void Decide_ArchivedMemberRejoins_IsAddedBackWithTheNewMemberStatus()
    {
        // Arrange
        var sut = CreateSut(MemberStatus.Archived).WithWork(Works.Joined(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(MemberStatus.Subscribed, plan.Upsert!.Status);
    }

    [Theory]
    [InlineData(MemberStatus.Subscribed)]
    [InlineData(MemberStatus.Pending)]
    [InlineData(MemberStatus.Transactional)]
    public void Decide_OtherStoredStatus_KeepsTheMembersStatus(MemberStatus stored)
    {
        // Arrange
        var sut = CreateSut(stored).WithWork(Works.Joined(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Upsert!.Status);
    }

    [Fact]
    public void KnownStatus_RecordsDisagree_MostRestrictiveWins()
    {
        // Arrange
        MemberSnapshot[] records =
        [
            TestData.Snapshot(Ada, "a@example.org", s => s with { StoredStatus = MemberStatus.Subscribed }),
            TestData.Snapshot(TestData.Lead(2), "a@example.org", s => s with { StoredStatus = MemberStatus.Cleaned }),
            TestData.Snapshot(TestData.Account(3), "a@example.org", s => s with { StoredStatus = MemberStatus.Unsubscribed }),
        ];

        // Act
        var status = NeverResubscribeRule.KnownStatus(records);

        // Assert
        Assert.Equal(MemberStatus.Cleaned, status);
    }

    [Fact]
    public void KnownStatus_NeverStored_IsNull()
    {
        // Act
        var status = NeverResubscribeRule.KnownStatus([TestData.Snapshot(Ada, "a@example.org")]);

        // Assert
        Assert.Null(status);
    }

    [Fact]
    public void Decide_StoredDeletedAndRecordJoinsOrOptsOut_IsSkippedAsDeletedInMailchimp()
    {
        // Arrange: Mailchimp refused the address as permanently deleted before (ibericode/mailchimp-for-wordpress#673).
        var sut = StandardLists.Scenario()
            .In(Ada, Newsletter, Vip)
            .WithRecord(Ada, "ada@example.org", s => s with { StoredDeleted = true, StoredMemberId = "hash", DoNotBulkEmail = true })
            .WithWork(Works.Joined(Ada, Vip, row: 7));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.DeletedInMailchimp, plan.Skip!.Code);
        Assert.Contains("permanently deleted", plan.Skip.Text);
        Assert.False(plan.IsSent);
    }

    [Fact]
    public void Decide_StoredDeletedButTheAddressChanged_SendsTheNewAddress()
    {
        // Arrange
        var sut = StandardLists.Scenario()
            .In(Ada, Newsletter)
            .WithRecord(Ada, "ada.new@example.org", s => s with { StoredDeleted = true, StoredMemberId = "hash" })
            .WithWork(Works.Changed(Ada, "ada.new@example.org", previousEmail: "ada@example.org", columns: [MemberFields.EmailAddress1]));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Skip);
        Assert.Equal("ada.new@example.org", plan.Upsert!.Email);
    }
}
