using Dynamics.Mailchimp.Sync.Journeys;

namespace Dynamics.Mailchimp.Sync.Tests.Journeys;

/// <summary>Looking up a member's Journeys consent among the records read for a cycle.</summary>
public sealed class JourneysConsentsTests
{
    private static readonly JourneysPurpose Marketing = new(Guid.Parse("5a9e0c6e-0000-0000-0000-000000000001"), null, null);
    private static readonly JourneysPurpose Newsletter = new(Marketing.PurposeId, Guid.Parse("5a9e0c6e-0000-0000-0000-000000000002"), null);

    private static JourneysConsents CreateSut() => new(
    [
        new ContactPointConsent(Guid.NewGuid(), " Ana@Contoso.com ", Marketing.PurposeId, null, ConsentValue.OptedIn),
        new ContactPointConsent(Guid.NewGuid(), "ana@contoso.com", Marketing.PurposeId, null, ConsentValue.OptedOut),
        new ContactPointConsent(Guid.NewGuid(), "ana@contoso.com", Newsletter.PurposeId, Newsletter.TopicId, ConsentValue.OptedIn),
        new ContactPointConsent(Guid.NewGuid(), "bo@contoso.com", Marketing.PurposeId, null, ConsentValue.OptedIn),
    ]);

    [Fact]
    public void Find_AddressInAnotherCaseAndPadded_FindsItsRecordsForThatPurposeOnly()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var found = sut.Find("ANA@contoso.com", Marketing);

        // Assert: both purpose records of the address (its case and spaces do not matter), not the topic's, not Bo's.
        Assert.Equal([ConsentValue.OptedIn, ConsentValue.OptedOut], found.Select(record => record.Value));
        Assert.Equal(ConsentValue.OptedOut, sut.For(" ana@CONTOSO.com", Marketing));
        Assert.Equal(ConsentValue.OptedIn, sut.For("ana@contoso.com", Newsletter));
        Assert.Null(sut.For("cy@contoso.com", Marketing));
    }
}
