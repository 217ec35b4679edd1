using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Tests.Claim;

namespace Dynamics.Mailchimp.Sync.Tests.Journeys;

/// <summary>
/// <see cref="DataverseJourneysConsentReader"/> against the Dataverse sandbox with and without the consent table. An org
/// without Customer Insights – Journeys answers the table's entity set with 404 "Resource not found for the segment"
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors); the
/// table and its values: https://learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_contactpointconsent4.
/// </summary>
public sealed class DataverseJourneysConsentReaderTests
{
    private static readonly JourneysPurpose Unknown = new(Guid.NewGuid(), null, null);

    private static DataverseJourneysConsentReader CreateSut(DataverseJobHost host) => new(host.Job);

    [Fact]
    public async Task ReadAsync_OrgWithoutTheTable_AsksOnceThenNeverAgain()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var sut = CreateSut(host);
        host.Sandbox.ClearRequests();

        // Act
        var first = await sut.ReadAsync(["ada@example.org"], [Unknown], CancellationToken.None);
        var second = await sut.ReadAsync(["bob@example.org"], [Unknown], CancellationToken.None);

        // Assert
        Assert.Empty(first.Records);
        Assert.Empty(second.Records);
        Assert.Equal(1, host.Calls);
        Assert.False(await sut.IsAvailableAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_NoPurposeOrNoAddress_MakesNoCall()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync(journeysConsent: true);
        var sut = CreateSut(host);
        host.Sandbox.ClearRequests();

        // Act
        var noPurpose = await sut.ReadAsync(["ada@example.org"], [], CancellationToken.None);
        var noAddress = await sut.ReadAsync([], [Unknown], CancellationToken.None);

        // Assert
        Assert.Same(JourneysConsents.None, noPurpose);
        Assert.Same(JourneysConsents.None, noAddress);
        Assert.Equal(0, host.Calls);
    }

    [Fact]
    public async Task ReadAsync_JourneysOrg_ReturnsTheAddressesEmailRecordsForThePurposeInOneBatch()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync(journeysConsent: true);
        var newsletter = JourneysOrg.CreatePurpose(host);
        var offers = JourneysOrg.CreatePurpose(host, "Offers");
        var ada = JourneysOrg.CreateConsent(host, "Ada@Example.org", newsletter, JourneysNames.OptedOut);
        JourneysOrg.CreateConsent(host, "ada@example.org", offers, JourneysNames.OptedIn);
        JourneysOrg.CreateConsent(host, "bob@example.org", newsletter, JourneysNames.OptedOut, channel: 534120001);
        JourneysOrg.CreateConsent(host, "carol@example.org", newsletter, JourneysNames.OptedIn);
        var sut = CreateSut(host);
        Assert.True(await sut.IsAvailableAsync(CancellationToken.None));
        host.Sandbox.ClearRequests();

        // Act
        var consents = await sut.ReadAsync(["ada@example.org", "bob@example.org"], [new JourneysPurpose(newsletter, null, null)], CancellationToken.None);

        // Assert
        var record = Assert.Single(consents.Records);
        Assert.Equal((ada, newsletter, ConsentValue.OptedOut), (record.Id, record.PurposeId, record.Value));
        Assert.Equal(ConsentValue.OptedOut, consents.For("ADA@example.org", new JourneysPurpose(newsletter, null, null)));
        Assert.Equal(1, host.Calls);
    }
}
