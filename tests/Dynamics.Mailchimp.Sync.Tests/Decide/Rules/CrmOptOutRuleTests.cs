using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests.Decide.Rules;

/// <summary>A Dynamics opt-out propagates: donotbulkemail, and donotsendmm by the default-on option, unsubscribe.</summary>
public sealed class CrmOptOutRuleTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);

    private static Scenario CreateSut(Func<MemberSnapshot, MemberSnapshot> record, SyncOptions? options = null)
    {
        var scenario = StandardLists.Scenario().In(Ada, Newsletter, Vip)
            .WithRecord(Ada, "ada@example.org", s => record(s with { StoredStatus = MemberStatus.Subscribed }))
            .WithWork(Works.Changed(Ada, "ada@example.org", columns: [Plugins.Names.MemberFields.DoNotBulkEmail]));
        scenario.Options = options ?? new SyncOptions();
        return scenario;
    }

    [Fact]
    public void Decide_DoNotBulkEmail_UnsubscribesNamingRecordAndColumn()
    {
        // Arrange
        var sut = CreateSut(s => s with { DoNotBulkEmail = true });

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal((RemovalKind.Unsubscribe, "ada@example.org"), (plan.Removal!.Kind, plan.Removal.Email));
        Assert.Contains($"{Ada} (donotbulkemail) opted out", plan.Removal.Reason);
        Assert.Null(plan.Upsert);
        Assert.Empty(plan.TagsToAdd);
    }

    [Fact]
    public void Decide_DoNotSendMarketingMaterialsWithOptionOn_Unsubscribes()
    {
        // Arrange
        var sut = CreateSut(s => s with { DoNotSendMarketingMaterials = true });

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(RemovalKind.Unsubscribe, plan.Removal!.Kind);
        Assert.Contains("donotsendmm", plan.Removal.Reason);
    }

    [Fact]
    public void Decide_DoNotSendMarketingMaterialsWithOptionOff_StaysSubscribed()
    {
        // Arrange
        var sut = CreateSut(s => s with { DoNotSendMarketingMaterials = true }, new SyncOptions { DoNotSendMarketingMaterialsUnsubscribes = false });

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Removal);
        Assert.NotNull(plan.Upsert);
    }

    [Fact]
    public void Decide_OneOfTwoRecordsWithTheAddressOptedOut_Unsubscribes()
    {
        // Arrange
        var lead = TestData.Lead(2);
        var sut = CreateSut(s => s).In(lead, LeadNewsletter).WithRecord(lead, "ada@example.org", s => s with { DoNotBulkEmail = true });

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Contains($"{lead} (donotbulkemail)", plan.Removal!.Reason);
    }

    [Theory]
    [InlineData(MemberStatus.Unsubscribed)]
    [InlineData(MemberStatus.Cleaned)]
    [InlineData(MemberStatus.Archived)]
    public void Decide_OptedOutAndAlreadyOutInMailchimp_SkipsWithReason(MemberStatus stored)
    {
        // Arrange
        var sut = CreateSut(s => s with { DoNotBulkEmail = true, StoredStatus = stored });

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.AlreadyOptedOut, plan.Skip!.Code);
        Assert.Null(plan.Removal);
    }

    [Fact]
    public void Decide_OptedOutAndNeverSent_SkipsInsteadOfCreatingAMember()
    {
        // Arrange
        var sut = CreateSut(s => s with { DoNotBulkEmail = true, StoredStatus = null, StoredMemberId = null });

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.AlreadyOptedOut, plan.Skip!.Code);
        Assert.Contains("never sent to Mailchimp", plan.Skip.Text);
    }

    [Fact]
    public void OptOutColumn_NoOptOut_IsNull()
    {
        // Act
        var column = Sync.Decide.Rules.CrmOptOutRule.OptOutColumn(TestData.Snapshot(Ada, "ada@example.org"), new SyncOptions());

        // Assert
        Assert.Null(column);
    }
}
