using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Journeys;

/// <summary>
/// The pull's consent records, pure. Columns and choice values follow Microsoft's table reference
/// (https://learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_contactpointconsent4) and its Journeys
/// how-to on writing consent from a flow (MicrosoftDocs/dynamics-365-customer-engagement, customer-insights/journeys:
/// "msdynmkt_contactpointconsenttype … 534120000 is for purpose and 534120001 represents topic", "msdynmkt_contactpointtype
/// … 534120000 represents email"; find the address + purpose record and update it, else create one).
/// </summary>
public sealed class JourneysConsentRowsTests
{
    private static readonly JourneysPurpose Purpose = new(new Guid("0d5a2c1e-7a42-4b1f-9a0e-3c1d2b4a5e6f"), null, null);
    private static readonly JourneysPurpose TopicPurpose = Purpose with { TopicId = new Guid("8e2b7c44-1f3a-4c55-a0d9-6b7e8f9a0b1c") };

    private static ConsentChange Change(ConsentChangeKind kind, string email = "ada@example.org", string audience = TestData.Audience, string? reason = null) =>
        new(TestData.Contact(1), new PulledMember(audience, "hash", email, MemberStatus.Unsubscribed, TestData.Now) { UnsubscribeReason = reason }, kind);

    private static IReadOnlyList<ConsentIntent> CreateSut(params ConsentChange[] changes) =>
        JourneysConsentRows.Intents(changes.Select((change, index) => (index, change)), new Dictionary<string, JourneysPurpose?> { [TestData.Audience] = Purpose, ["other"] = null });

    [Theory]
    [InlineData(ConsentChangeKind.Unsubscribed, ConsentValue.OptedOut)]
    [InlineData(ConsentChangeKind.Cleaned, ConsentValue.OptedOut)]
    [InlineData(ConsentChangeKind.Resubscribed, ConsentValue.OptedIn)]
    public void ValueFor_ConsentChange_IsTheConsentItMeans(ConsentChangeKind kind, ConsentValue expected)
    {
        // Arrange / Act
        var value = JourneysConsentRows.ValueFor(kind);

        // Assert
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(ConsentChangeKind.Archived)]
    [InlineData(ConsentChangeKind.StatusOnly)]
    [InlineData(ConsentChangeKind.LeadCreated)]
    public void ValueFor_StatusOnlyChange_SaysNothingAboutConsent(ConsentChangeKind kind)
    {
        // Arrange / Act
        var value = JourneysConsentRows.ValueFor(kind);

        // Assert
        Assert.Null(value);
    }

    [Fact]
    public void Intents_TwoRecordsOfOneAddressAndAnAudienceWithoutPurpose_OneIntentForBothChanges()
    {
        // Arrange / Act
        var intents = CreateSut(
            Change(ConsentChangeKind.Unsubscribed, reason: "Too many emails"),
            Change(ConsentChangeKind.Unsubscribed, "ADA@example.org"),
            Change(ConsentChangeKind.Unsubscribed, "bob@example.org", audience: "other"));

        // Assert
        var intent = Assert.Single(intents);
        Assert.Equal(("ada@example.org", ConsentValue.OptedOut), (intent.Address, intent.Value));
        Assert.Equal([0, 1], intent.Changes);
        Assert.Equal($"Unsubscribed in Mailchimp audience {TestData.Audience}: Too many emails", intent.Reason);
    }

    [Fact]
    public void Intents_OptInAndOptOutOfOneAddress_OptedOutWins()
    {
        // Arrange / Act
        var intent = Assert.Single(CreateSut(Change(ConsentChangeKind.Resubscribed), Change(ConsentChangeKind.Cleaned)));

        // Assert
        Assert.Equal(ConsentValue.OptedOut, intent.Value);
        Assert.StartsWith("Cleaned in Mailchimp", intent.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Operations_NoRecord_CreatesAnEmailPurposeConsent()
    {
        // Arrange
        var intent = Assert.Single(CreateSut(Change(ConsentChangeKind.Unsubscribed)));

        // Act
        var operation = Assert.Single(JourneysConsentRows.Operations(intent, JourneysConsents.None));

        // Assert
        Assert.Equal((HttpMethod.Post, "msdynmkt_contactpointconsent4s"), (operation.Method, operation.RelativeUri));
        var body = operation.Body!;
        Assert.Equal("ada@example.org", body["msdynmkt_contactpointvalue"]!.GetValue<string>());
        Assert.Equal(534120000, body["msdynmkt_contactpointtype"]!.GetValue<int>());
        Assert.Equal(534120000, body["msdynmkt_contactpointconsenttype"]!.GetValue<int>());
        Assert.Equal(534120002, body["msdynmkt_value"]!.GetValue<int>());
        Assert.Equal(534120000, body["msdynmkt_source"]!.GetValue<int>());
        Assert.Equal(534119999, body["msdynmkt_logicalreason"]!.GetValue<int>());
        Assert.Equal($"/msdynmkt_purposes({Purpose.PurposeId:D})", body["msdynmkt_purposeid@odata.bind"]!.GetValue<string>());
        Assert.False(body.ContainsKey("msdynmkt_topicid@odata.bind"));
    }

    [Fact]
    public void CreateBody_AudienceMappedToATopic_IsATopicConsentBoundToBoth()
    {
        // Arrange
        var intent = new ConsentIntent("ada@example.org", TopicPurpose, ConsentValue.OptedIn, "Subscribed again", [0]);

        // Act
        var body = JourneysConsentRows.CreateBody(intent);

        // Assert
        Assert.Equal(534120001, body["msdynmkt_contactpointconsenttype"]!.GetValue<int>());
        Assert.Equal(534120001, body["msdynmkt_value"]!.GetValue<int>());
        Assert.Equal($"/msdynmkt_topics({TopicPurpose.TopicId:D})", body["msdynmkt_topicid@odata.bind"]!.GetValue<string>());
    }

    [Fact]
    public void Operations_RecordWithAnotherValue_UpdatesItInsteadOfAddingOne()
    {
        // Arrange
        var intent = Assert.Single(CreateSut(Change(ConsentChangeKind.Resubscribed)));
        var existing = new ContactPointConsent(Guid.NewGuid(), "Ada@Example.org", Purpose.PurposeId, null, ConsentValue.OptedOut);

        // Act
        var operation = Assert.Single(JourneysConsentRows.Operations(intent, new JourneysConsents([existing])));

        // Assert
        Assert.Equal(HttpMethod.Patch, operation.Method);
        Assert.Equal($"msdynmkt_contactpointconsent4s({existing.Id:D})", operation.RelativeUri);
        Assert.Equal(534120001, operation.Body!["msdynmkt_value"]!.GetValue<int>());
        Assert.False(operation.Body.ContainsKey("msdynmkt_contactpointvalue"));
    }

    [Fact]
    public void Operations_RecordAlreadyHoldsTheConsent_WritesNothing()
    {
        // Arrange
        var intent = Assert.Single(CreateSut(Change(ConsentChangeKind.Unsubscribed)));
        var existing = new ContactPointConsent(Guid.NewGuid(), "ada@example.org", Purpose.PurposeId, null, ConsentValue.OptedOut);

        // Act
        var operations = JourneysConsentRows.Operations(intent, new JourneysConsents([existing]));

        // Assert
        Assert.Empty(operations);
    }

    [Fact]
    public void Operations_OnlyATopicRecordForAPurposeAudience_CreatesThePurposeRecord()
    {
        // Arrange
        var intent = Assert.Single(CreateSut(Change(ConsentChangeKind.Unsubscribed)));
        var topicRecord = new ContactPointConsent(Guid.NewGuid(), "ada@example.org", Purpose.PurposeId, TopicPurpose.TopicId, ConsentValue.OptedIn);

        // Act
        var operation = Assert.Single(JourneysConsentRows.Operations(intent, new JourneysConsents([topicRecord])));

        // Assert
        Assert.Equal(HttpMethod.Post, operation.Method);
    }
}
