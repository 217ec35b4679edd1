using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests.Journeys;

/// <summary>
/// Issue #13, Build 2: in a Journeys org the email consent record for the audience's purpose decides a new member's
/// status. Choice values: https://learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_contactpointconsent4
/// (msdynmkt_value 534120001 Opted In, 534120002 Opted Out).
/// </summary>
public sealed class JourneysConsentRuleTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);
    private static readonly Guid Purpose = new("0d5a2c1e-7a42-4b1f-9a0e-3c1d2b4a5e6f");
    private static readonly Guid Topic = new("8e2b7c44-1f3a-4c55-a0d9-6b7e8f9a0b1c");

    private static Scenario CreateSut(Guid? topic = null, MemberStatus newMembers = MemberStatus.Pending) => StandardLists.Scenario()
        .WithSettings(AudienceSettings.For(TestData.Audience) with { NewMemberStatus = newMembers, Journeys = new JourneysPurpose(Purpose, topic, null) })
        .In(Ada, Newsletter)
        .WithRecord(Ada, "ada@example.org")
        .WithWork(Works.Joined(Ada, Newsletter, row: 3));

    private static ContactPointConsent Consent(ConsentValue value, string address = "ADA@example.org", Guid? topic = null) =>
        new(Guid.NewGuid(), address, Purpose, topic, value);

    [Fact]
    public void Decide_NoConsentRecord_NewMemberGetsTheAudienceSetting()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Skip);
        Assert.Equal(MemberStatus.Pending, plan.Upsert!.StatusIfNew);
    }

    [Fact]
    public void Decide_OptedInForThePurpose_NewMemberIsSubscribedWithoutConfirmation()
    {
        // Arrange
        var sut = CreateSut().WithConsents(Consent(ConsentValue.OptedIn));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Skip);
        Assert.Equal(MemberStatus.Subscribed, plan.Upsert!.StatusIfNew);
    }

    [Fact]
    public void Decide_OptedOutForThePurpose_IsSkippedWithTheReasonOnTheRow()
    {
        // Arrange
        var sut = CreateSut(newMembers: MemberStatus.Subscribed).WithConsents(Consent(ConsentValue.OptedOut));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.JourneysOptedOut, plan.Skip!.Code);
        Assert.Contains($"{Ada} (ada@example.org) opted out", plan.Skip.Text, StringComparison.Ordinal);
        Assert.Contains(Purpose.ToString("D"), plan.Skip.Text, StringComparison.Ordinal);
        Assert.Equal([TestData.RowId(3)], plan.RowIds);
        Assert.Null(plan.Upsert);
    }

    [Fact]
    public void Decide_OptedInAndOptedOutRecordsForTheAddress_OptedOutWins()
    {
        // Arrange
        var sut = CreateSut().WithConsents(Consent(ConsentValue.OptedIn), Consent(ConsentValue.OptedOut, "ada@example.org"));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(SkipCode.JourneysOptedOut, plan.Skip!.Code);
    }

    [Fact]
    public void Decide_AudienceMappedToATopic_APurposeLevelRecordDoesNotDecide()
    {
        // Arrange
        var sut = CreateSut(topic: Topic).WithConsents(Consent(ConsentValue.OptedOut), Consent(ConsentValue.OptedIn, topic: Topic));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Skip);
        Assert.Equal(MemberStatus.Subscribed, plan.Upsert!.StatusIfNew);
    }

    [Fact]
    public void Decide_AudienceWithoutAPurpose_IgnoresConsentRecords()
    {
        // Arrange
        var sut = StandardLists.Scenario()
            .WithSettings(AudienceSettings.For(TestData.Audience) with { NewMemberStatus = MemberStatus.Pending })
            .In(Ada, Newsletter)
            .WithRecord(Ada, "ada@example.org")
            .WithWork(Works.Joined(Ada, Newsletter))
            .WithConsents(Consent(ConsentValue.OptedOut));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Skip);
        Assert.Equal(MemberStatus.Pending, plan.Upsert!.StatusIfNew);
    }
}
