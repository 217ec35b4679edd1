using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests.Decide;

/// <summary>The decider's composition: a join, the row ids and records on the plan, and per-member skips.</summary>
public sealed class MemberDeciderTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);

    private static Scenario CreateSut() => StandardLists.Scenario();

    [Fact]
    public void Decide_ContactJoinsAudienceList_UpsertsWithNewMemberStatusAndDefaultMergeFields()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter).WithRecord(Ada, "Ada@Example.org").WithWork(Works.Joined(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        var upsert = plan.Upsert!;
        Assert.Equal(("Ada@Example.org", MemberStatus.Subscribed, (MemberStatus?)null, false), (upsert.Email, upsert.StatusIfNew, upsert.Status, upsert.UpdateOnly));
        Assert.Equal(new Dictionary<string, string> { ["FNAME"] = "Ada", ["LNAME"] = "Lovelace" }, upsert.MergeFields);
        Assert.Null(plan.Removal);
        Assert.Empty(plan.TagsToAdd);
        Assert.True(plan.IsSent);
    }

    [Fact]
    public void Decide_Plan_CarriesEveryRowAndRecordOfTheMember()
    {
        // Arrange
        var lead = TestData.Lead(2);
        var sut = CreateSut().In(Ada, Newsletter).In(lead, LeadNewsletter)
            .WithRecord(Ada, "ada@example.org").WithRecord(lead, "ada@example.org")
            .WithWork(Works.Joined(Ada, Newsletter, row: 1)).WithWork(Works.Joined(lead, LeadNewsletter, row: 2));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal([TestData.RowId(1), TestData.RowId(2)], plan.RowIds);
        Assert.Equal([Ada, lead], plan.Records);
    }

    [Fact]
    public void Decide_NoEmailNowOrBefore_SkipsNamingTheRecord()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter).WithRecord(Ada, null).WithWork(Works.Joined(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.NoEmail, plan.Skip!.Code);
        Assert.Contains(Ada.ToString(), plan.Skip.Text);
        Assert.False(plan.IsSent);
    }

    [Fact]
    public void Decide_RecordDeletedAfterItsRow_SkipsSayingItNoLongerExists()
    {
        // Arrange
        var sut = CreateSut().WithWork(Works.Joined(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.RecordNotFound, plan.Skip!.Code);
        Assert.StartsWith($"{Ada} no longer exists", plan.Skip.Text);
    }

    [Fact]
    public void Decide_InvalidEmailNextToValidOnes_OnlyThatMemberIsSkipped()
    {
        // Arrange
        var bob = TestData.Contact(2);
        var sut = CreateSut().In(Ada, Newsletter).In(bob, Newsletter)
            .WithRecord(Ada, "ada at example.org").WithRecord(bob, "bob@example.org")
            .WithWork(Works.Joined(Ada, Newsletter)).WithWork(Works.Joined(bob, Newsletter));

        // Act
        var plans = sut.Plans();

        // Assert
        var invalid = Assert.Single(plans, p => p.Skip is not null);
        Assert.Equal(SkipCode.InvalidEmail, invalid.Skip!.Code);
        Assert.Contains($"{Ada}", invalid.Skip.Text);
        Assert.Contains("'ada at example.org'", invalid.Skip.Text);
        Assert.Equal("bob@example.org", Assert.Single(plans, p => p.Skip is null).Upsert!.Email);
    }

    [Fact]
    public void Decide_DataChangeOnly_UpsertsWithoutTagChanges()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter, Vip).WithRecord(Ada, "ada@example.org").WithWork(Works.Changed(Ada, "ada@example.org"));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.NotNull(plan.Upsert);
        Assert.Empty(plan.TagsToAdd);
        Assert.Empty(plan.Upsert!.Interests);
    }

    [Theory]
    [InlineData(MemberFields.StateCode)]
    [InlineData(MemberFields.EmailAddress1)]
    [InlineData(MemberFields.DoNotBulkEmail)]
    public void Decide_RecordReenters_ReappliesEveryTagAndInterestOfItsLists(string column)
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter, Vip, Events).WithRecord(Ada, "ada@example.org").WithWork(Works.Changed(Ada, "ada@example.org", columns: [column]));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(["VIP"], plan.TagsToAdd);
        Assert.Equal(new Dictionary<string, bool> { ["int-events"] = true }, plan.Upsert!.Interests);
    }

    [Fact]
    public void Decide_NewMemberStatusPending_NewMembersArePending()
    {
        // Arrange
        var sut = CreateSut().WithSettings(AudienceSettings.For(TestData.Audience) with { NewMemberStatus = MemberStatus.Pending })
            .In(Ada, Newsletter).WithRecord(Ada, "ada@example.org").WithWork(Works.Joined(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal((MemberStatus.Pending, (MemberStatus?)null), (plan.Upsert!.StatusIfNew, plan.Upsert.Status));
    }
}
