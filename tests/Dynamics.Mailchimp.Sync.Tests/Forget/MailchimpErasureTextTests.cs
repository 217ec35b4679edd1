using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Forget;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Record;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Forget;

/// <summary>
/// How the push reports an address erased in Mailchimp. Mailchimp's refusal, as batch subscribe reports it (recorded in
/// https://github.com/ibericode/mailchimp-for-wordpress/issues/673; shared/reference/mailchimp.md [M41]), quotes the
/// address; the row's outcome names the GDPR erasure, the records and the audience instead.
/// </summary>
public sealed class MailchimpErasureTextTests
{
    private const string Email = "ada@contoso.com";
    private const string Refusal = "Mailchimp refused ada@contoso.com in audience aud00001: ada@contoso.com was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.";

    [Fact]
    public void Settle_ForgottenRefusal_OutcomeNamesTheErasureNotTheAddress()
    {
        // Arrange
        var plan = new MemberPlan { AudienceId = TestData.Audience, Email = Email, RowIds = [TestData.RowId(1)], Records = [TestData.Contact(1)], Upsert = new UpsertPlan { Email = Email, StatusIfNew = MailchimpApi.Models.Members.MemberStatus.Subscribed } };
        var refused = new PlanResult(plan, PlanResultKind.Refused, null, null, Refusal);

        // Act
        var row = Assert.Single(RowSettlement.Settle([TestData.MemberChanged(1, TestData.Contact(1), Email)], [], [plan], [refused], TestData.Now).Rows);

        // Assert
        Assert.Equal(MailchimpErasureText.Refused([TestData.Contact(1)], TestData.Audience), row.Outcome);
        Assert.StartsWith(MailchimpErasureText.Label, row.Outcome, StringComparison.Ordinal);
        Assert.Contains(TestData.Contact(1).ToString(), row.Outcome, StringComparison.Ordinal);
        Assert.Contains("permanently deleted", row.Outcome, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, row.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipped_Records_NamesThemAndTheErasure()
    {
        // Arrange / Act
        var text = MailchimpErasureText.Skipped("contact 1 and lead 2");

        // Assert
        Assert.StartsWith(MailchimpErasureText.Label + ": the address of contact 1 and lead 2", text, StringComparison.Ordinal);
    }
}
