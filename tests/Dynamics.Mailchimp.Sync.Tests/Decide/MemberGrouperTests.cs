using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests.Decide;

/// <summary>The per-address merge: one group per Mailchimp member; email changes rename in place.</summary>
public sealed class MemberGrouperTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);

    private static Scenario CreateSut() => StandardLists.Scenario();

    [Fact]
    public void Group_TwoRecordsOneAddressInAnyCase_AreOneGroup()
    {
        // Arrange
        var lead = TestData.Lead(2);
        var sut = CreateSut().In(Ada, Newsletter).In(lead, LeadNewsletter)
            .WithRecord(Ada, "ada@example.org").WithRecord(lead, " ADA@example.org".Trim())
            .WithWork(Works.Changed(Ada, "ada@example.org")).WithWork(Works.Changed(lead, "ADA@example.org"));

        // Act
        var groups = sut.Groups();

        // Assert
        var group = Assert.Single(groups);
        Assert.Equal([Ada, lead], group.Works.Select(w => w.Record));
    }

    [Fact]
    public void Group_SameAddressInTwoAudiences_AreTwoGroups()
    {
        // Arrange
        var sut = CreateSut().WithRecord(Ada, "ada@example.org")
            .WithWork(Works.Changed(Ada, "ada@example.org")).WithWork(Works.Changed(Ada, "ada@example.org", audience: TestData.OtherAudience));

        // Act
        var groups = sut.Groups();

        // Assert
        Assert.Equal([TestData.Audience, TestData.OtherAudience], groups.Select(g => g.AudienceId));
    }

    [Fact]
    public void Decide_EmailChanged_UpdatesTheExistingMemberInPlace()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter).WithRecord(Ada, "new@example.org")
            .WithWork(Works.Changed(Ada, "new@example.org", previousEmail: "old@example.org", columns: [MemberFields.EmailAddress1]));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(("new@example.org", "old@example.org"), (plan.Upsert!.Email, plan.Upsert.PreviousEmail));
        Assert.Null(plan.Removal);
    }

    [Fact]
    public void Decide_EmailChangedTwiceInOneRun_RenamesTheFirstAddressToTheLast()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter).WithRecord(Ada, "c@example.org")
            .WithWork(Works.Changed(Ada, "c@example.org", previousEmail: "a@example.org", columns: [MemberFields.EmailAddress1]));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(("c@example.org", "a@example.org"), (plan.Upsert!.Email, plan.Upsert.PreviousEmail));
    }

    [Fact]
    public void Decide_EmailChangeOnlyInCase_IsNoRename()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter).WithRecord(Ada, "Ada@Example.org")
            .WithWork(Works.Changed(Ada, "Ada@Example.org", previousEmail: "ada@example.org", columns: [MemberFields.EmailAddress1]));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Upsert!.PreviousEmail);
    }

    [Fact]
    public void Decide_EmailChangedButAnotherRecordStillUsesTheOldAddress_AddsTheNewAddressAndWarns()
    {
        // Arrange
        var bob = TestData.Contact(2);
        var sut = CreateSut().In(Ada, Newsletter).In(bob, Newsletter)
            .WithRecord(Ada, "new@example.org").WithRecord(bob, "old@example.org")
            .WithWork(Works.Changed(Ada, "new@example.org", previousEmail: "old@example.org", columns: [MemberFields.EmailAddress1]));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Upsert!.PreviousEmail);
        Assert.Contains($"{bob} still uses old@example.org", Assert.Single(plan.Warnings));
    }

    [Fact]
    public void Group_DeletedRecord_IsGroupedByTheAddressOnTheRow()
    {
        // Arrange
        var sut = CreateSut().WithWork(Works.Deleted(Ada, "Ada@Example.org"));

        // Act
        var group = Assert.Single(sut.Groups());

        // Assert
        Assert.Equal("Ada@Example.org", group.Email);
        Assert.Null(group.PreviousEmail);
    }

    [Fact]
    public void Group_NoAddressAnywhere_IsAGroupWithoutEmailPerRecord()
    {
        // Arrange
        var bob = TestData.Contact(2);
        var sut = CreateSut().WithRecord(Ada, null).WithRecord(bob, null).WithWork(Works.Changed(Ada, null)).WithWork(Works.Changed(bob, null));

        // Act
        var groups = sut.Groups();

        // Assert
        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Null(g.Email));
    }
}
