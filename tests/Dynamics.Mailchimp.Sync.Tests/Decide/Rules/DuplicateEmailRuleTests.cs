using Dynamics.Mailchimp.Sync.Decide.Rules;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests.Decide.Rules;

/// <summary>Two records with one address are one member, with a deterministic winner and a warning.</summary>
public sealed class DuplicateEmailRuleTests
{
    [Fact]
    public void Decide_ContactAndLeadShareAnAddress_OneMemberWithContactDataAndAWarning()
    {
        // Arrange
        var contact = TestData.Contact(1);
        var lead = TestData.Lead(2);
        var sut = StandardLists.Scenario().In(contact, Newsletter).In(lead, LeadNewsletter)
            .WithRecord(contact, "ada@example.org", s => s with { CreatedOn = TestData.Now })
            .WithRecord(lead, "Ada@Example.org", s => s with { CreatedOn = TestData.Now.AddYears(-1), Values = new Dictionary<string, ColumnValue> { [Plugins.Names.PersonFields.FirstName] = ColumnValue.Text("Augusta") } })
            .WithWork(Works.Joined(contact, Newsletter, row: 1)).WithWork(Works.Joined(lead, LeadNewsletter, row: 2));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(("ada@example.org", "Ada"), (plan.Upsert!.Email, plan.Upsert.MergeFields["FNAME"]));
        var warning = Assert.Single(plan.Warnings);
        Assert.Contains($"{contact} and {lead} share the address ada@example.org", warning);
    }

    [Fact]
    public void Winner_SameTable_EarliestCreatedThenSmallestId()
    {
        // Arrange
        var older = TestData.Snapshot(TestData.Contact(9), "a@example.org", s => s with { CreatedOn = TestData.Now.AddDays(-2) });
        var tieA = TestData.Snapshot(TestData.Contact(3), "a@example.org", s => s with { CreatedOn = TestData.Now });
        var tieB = TestData.Snapshot(TestData.Contact(2), "a@example.org", s => s with { CreatedOn = TestData.Now });

        // Act
        var first = DuplicateEmailRule.Winner([tieA, older, tieB]);
        var second = DuplicateEmailRule.Winner([tieA, tieB]);

        // Assert
        Assert.Equal(older.Record, first.Record);
        Assert.Equal(TestData.Contact(2), second.Record);
    }

    [Fact]
    public void Winner_LeadAndAccount_LeadWinsOverAnOlderAccount()
    {
        // Arrange
        var account = TestData.Snapshot(TestData.Account(1), "a@example.org", s => s with { CreatedOn = TestData.Now.AddYears(-5) });
        var lead = TestData.Snapshot(TestData.Lead(2), "a@example.org", s => s with { CreatedOn = TestData.Now });

        // Act
        var winner = DuplicateEmailRule.Winner([account, lead]);

        // Assert
        Assert.Equal(lead.Record, winner.Record);
    }

    [Fact]
    public void Warning_OneHolder_IsNull()
    {
        // Arrange
        var only = TestData.Snapshot(TestData.Contact(1), "a@example.org");

        // Act
        var warning = DuplicateEmailRule.Warning([only], only);

        // Assert
        Assert.Null(warning);
    }
}
