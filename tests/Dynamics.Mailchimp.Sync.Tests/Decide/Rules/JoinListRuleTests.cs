using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests.Decide.Rules;

/// <summary>A list maps to the whole audience, a tag or an interest; leads and accounts work like contacts.</summary>
public sealed class JoinListRuleTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);

    private static Scenario CreateSut() => StandardLists.Scenario();

    [Fact]
    public void Decide_JoinsTagList_UpsertsAndAddsTheTag()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Vip).WithRecord(Ada, "ada@example.org").WithWork(Works.Joined(Ada, Vip));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(["VIP"], plan.TagsToAdd);
        Assert.NotNull(plan.Upsert);
        Assert.Empty(plan.Upsert!.Interests);
    }

    [Fact]
    public void Decide_JoinsInterestList_SetsTheInterestTrue()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Events).WithRecord(Ada, "ada@example.org").WithWork(Works.Joined(Ada, Events));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(new Dictionary<string, bool> { ["int-events"] = true }, plan.Upsert!.Interests);
        Assert.Empty(plan.TagsToAdd);
    }

    [Fact]
    public void Decide_JoinedThenRemovedBeforeTheRun_IndexWinsAndTheTagIsRemoved()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter).WithRecord(Ada, "ada@example.org").WithWork(Works.Joined(Ada, Vip));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Empty(plan.TagsToAdd);
        Assert.Equal(["VIP"], plan.TagsToRemove);
    }

    [Fact]
    public void Decide_LeadJoinsLeadList_WorksLikeAContact()
    {
        // Arrange
        var lead = TestData.Lead(1);
        var sut = CreateSut().In(lead, LeadNewsletter).WithRecord(lead, "lead@example.org").WithWork(Works.Joined(lead, LeadNewsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(("lead@example.org", "Ada"), (plan.Upsert!.Email, plan.Upsert.MergeFields["FNAME"]));
    }

    [Fact]
    public void Decide_AccountJoinsAccountList_SendsItsPrimaryEmailAndNameAsFirstName()
    {
        // Arrange
        var account = TestData.Account(1);
        var sut = CreateSut().In(account, AccountNewsletter).WithRecord(account, "info@contoso.com").WithWork(Works.Joined(account, AccountNewsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal("info@contoso.com", plan.Upsert!.Email);
        Assert.Equal(new Dictionary<string, string> { ["FNAME"] = "Contoso" }, plan.Upsert.MergeFields);
    }

    [Fact]
    public void Decide_FullResync_AppliesEveryListOfTheRecord()
    {
        // Arrange
        var sut = CreateSut().In(Ada, Newsletter, Vip, Events).WithRecord(Ada, "ada@example.org").WithWork(Works.Reevaluated(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(["VIP"], plan.TagsToAdd);
        Assert.True(plan.Upsert!.Interests["int-events"]);
    }

    [Fact]
    public void IsReentry_MappedColumnOnly_IsFalse()
    {
        // Act
        var reentry = Sync.Decide.Rules.JoinListRule.IsReentry(Works.Changed(Ada, "a@example.org", columns: [PersonFields.LastName, "telephone1"]));

        // Assert
        Assert.False(reentry);
    }
}
