using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Pull.Record;
using Dynamics.Mailchimp.Sync.Tests.Claim;
using Dynamics.Mailchimp.Sync.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Journeys;

/// <summary>
/// <see cref="JourneysConsentWriter"/> over the Dataverse sandbox with and without Customer Insights – Journeys, around an
/// inner writer that commits everything without a call (so every request counted is the decorator's). Find-and-update,
/// not a second record: Microsoft's Journeys how-to for writing consent from a flow looks the address + purpose record up
/// and updates it, else creates one (MicrosoftDocs/dynamics-365-customer-engagement, customer-insights/journeys);
/// columns and values: https://learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_contactpointconsent4.
/// </summary>
public sealed class JourneysConsentWriterTests
{
    private const string Audience = "a1b2c3d4e5";
    private const string Ada = "ada.lovelace@contoso-coffee.com";

    private static JourneysConsentWriter CreateSut(DataverseJobHost host, IConsentWriter? inner = null) =>
        new(inner ?? new CommittingWriter(), host.Job, new DataverseJourneysConsentReader(host.Job));

    private static ConsentChange Change(ConsentChangeKind kind, string email = Ada, string? reason = null) =>
        new(TestData.Contact(1), new PulledMember(Audience, "hash", email, MemberStatus.Unsubscribed, TestData.Now) { UnsubscribeReason = reason }, kind);

    [Fact]
    public async Task WriteAsync_OrgWithoutTheTable_SameResultsAndOneCheckForTheWholeRun()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var sut = CreateSut(host);
        ConsentChange[] page1 = [Change(ConsentChangeKind.Unsubscribed)];
        ConsentChange[] page2 = [Change(ConsentChangeKind.Cleaned, "bob@contoso-coffee.com"), Change(ConsentChangeKind.Resubscribed, "eve@contoso-coffee.com")];
        host.Sandbox.ClearRequests();

        // Act
        var first = await sut.WriteAsync(page1, CancellationToken.None);
        var second = await sut.WriteAsync(page2, CancellationToken.None);

        // Assert
        Assert.Equal(page1.Select(c => new ConsentWriteResult(c, null)), first);
        Assert.Equal(page2.Select(c => new ConsentWriteResult(c, null)), second);
        Assert.Equal(1, host.Calls);
    }

    [Fact]
    public async Task WriteAsync_NoChangeThatMeansConsent_MakesNoCall()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync(journeysConsent: true);
        var sut = CreateSut(host);
        host.Sandbox.ClearRequests();

        // Act
        var results = await sut.WriteAsync([Change(ConsentChangeKind.StatusOnly), Change(ConsentChangeKind.Archived)], CancellationToken.None);

        // Assert
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(0, host.Calls);
    }

    [Fact]
    public async Task WriteAsync_UnsubscribeInAJourneysOrg_CreatesOneOptedOutRecordAndARerunWritesNothing()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync(journeysConsent: true);
        var purpose = JourneysOrg.CreatePurpose(host);
        JourneysOrg.MapAudience(host, Audience, purpose);
        var sut = CreateSut(host);
        host.Sandbox.ClearRequests();

        // Act
        var first = await sut.WriteAsync([Change(ConsentChangeKind.Unsubscribed, reason: "Too many emails")], CancellationToken.None);
        var firstCalls = host.Calls;
        host.Sandbox.ClearRequests();
        var again = await sut.WriteAsync([Change(ConsentChangeKind.Unsubscribed, Ada.ToUpperInvariant())], CancellationToken.None);

        // Assert: check + settings + read + write, then only the read.
        Assert.True(first.Single().Succeeded, first.Single().Error);
        Assert.True(again.Single().Succeeded, again.Single().Error);
        Assert.Equal((4, 1), (firstCalls, host.Calls));
        var record = Assert.Single(JourneysOrg.Consents(host, Ada));
        Assert.Equal(JourneysNames.OptedOut, record.GetAttributeValue<OptionSetValue>(JourneysNames.Value).Value);
        Assert.Equal(JourneysNames.EmailChannel, record.GetAttributeValue<OptionSetValue>(JourneysNames.ContactPointType).Value);
        Assert.Equal(JourneysNames.PurposeConsent, record.GetAttributeValue<OptionSetValue>(JourneysNames.ConsentType).Value);
        Assert.Equal(purpose, record.GetAttributeValue<EntityReference>(JourneysNames.PurposeId).Id);
        Assert.Equal($"Unsubscribed in Mailchimp audience {Audience}: Too many emails", record.GetAttributeValue<string>(JourneysNames.Reason));
    }

    [Fact]
    public async Task WriteAsync_ResubscribeOfAnAddressJourneysHasOptedOut_UpdatesThatRecordToOptedIn()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync(journeysConsent: true);
        var purpose = JourneysOrg.CreatePurpose(host);
        JourneysOrg.MapAudience(host, Audience, purpose);
        var existing = JourneysOrg.CreateConsent(host, Ada, purpose, JourneysNames.OptedOut);

        // Act
        var results = await CreateSut(host).WriteAsync([Change(ConsentChangeKind.Resubscribed)], CancellationToken.None);

        // Assert
        Assert.True(results.Single().Succeeded, results.Single().Error);
        var record = Assert.Single(JourneysOrg.Consents(host, Ada));
        Assert.Equal((existing, JourneysNames.OptedIn), (record.Id, record.GetAttributeValue<OptionSetValue>(JourneysNames.Value).Value));
    }

    [Fact]
    public async Task WriteAsync_AudienceWithoutAPurpose_WritesNoRecord()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync(journeysConsent: true);

        // Act
        var results = await CreateSut(host).WriteAsync([Change(ConsentChangeKind.Unsubscribed)], CancellationToken.None);

        // Assert
        Assert.True(results.Single().Succeeded);
        Assert.Empty(JourneysOrg.Consents(host, Ada));
    }

    [Fact]
    public async Task WriteAsync_InnerWriteFailed_WritesNoConsentForThatRecord()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync(journeysConsent: true);
        JourneysOrg.MapAudience(host, Audience, JourneysOrg.CreatePurpose(host));
        host.Sandbox.ClearRequests();

        // Act
        var results = await CreateSut(host, new CommittingWriter(fail: true)).WriteAsync([Change(ConsentChangeKind.Unsubscribed)], CancellationToken.None);

        // Assert
        Assert.False(results.Single().Succeeded);
        Assert.Empty(JourneysOrg.Consents(host, Ada));
        Assert.Equal(0, host.Calls);
    }

    [Fact]
    public async Task WriteAsync_ConsentWriteRefused_TheChangeFailsNamingTheAddress()
    {
        // Arrange: an address longer than msdynmkt_contactpointvalue's 400 characters, which Dataverse refuses.
        await using var host = await DataverseJobHost.StartAsync(journeysConsent: true);
        JourneysOrg.MapAudience(host, Audience, JourneysOrg.CreatePurpose(host));
        var address = new string('a', 400) + "@contoso-coffee.com";

        // Act
        var result = (await CreateSut(host).WriteAsync([Change(ConsentChangeKind.Unsubscribed, address)], CancellationToken.None)).Single();

        // Assert
        Assert.False(result.Succeeded);
        Assert.Contains($"consent of {address}", result.Error, StringComparison.Ordinal);
        Assert.Empty(JourneysOrg.Consents(host, address));
    }

    /// <summary>Commits (or fails) every change without a call.</summary>
    private sealed class CommittingWriter(bool fail = false) : IConsentWriter
    {
        public Task<IReadOnlyList<ConsentWriteResult>> WriteAsync(IReadOnlyList<ConsentChange> changes, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ConsentWriteResult>>(changes.Select(c => new ConsentWriteResult(c, fail ? $"{c.Record} was not updated: injected" : null)).ToArray());
    }
}
