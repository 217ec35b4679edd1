using Dynamics.Mailchimp.Cli.Tests.Commands.Pull;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Push;

/// <summary>
/// Issue #13, Build 2, end to end over HTTP through <c>dmc push</c>'s production wiring, in a Customer Insights – Journeys
/// org: the email consent records of the batch's addresses for the audience's purpose decide a new member's status
/// (opted out: skipped with the reason on the queue row; opted in: subscribed; none: the audience's setting). Values:
/// https://learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_contactpointconsent4.
/// </summary>
public sealed class JourneysConsentPushTests : IAsyncLifetime
{
    private const int Pending = 100000001;
    private const string Yvonne = "yvonne.mckay@contoso-coffee.com";
    private const string Susanna = "susanna.stubberod@contoso-coffee.com";
    private const string Nancy = "nancy.anderson@contoso-coffee.com";
    private PullSandboxes _sandboxes = null!;

    public async Task InitializeAsync() => _sandboxes = await PullSandboxes.StartAsync(new DataverseSandboxOptions { JourneysConsent = true });

    public async Task DisposeAsync() => await _sandboxes.DisposeAsync();

    [Fact]
    public async Task Push_NewMembersWithJourneysConsents_OptedOutIsSkippedOptedInSubscribedOthersPending()
    {
        // Arrange
        var purpose = JourneysOrgRows.MapAudienceToPurpose(_sandboxes, newMemberStatus: Pending);
        JourneysOrgRows.Consent(_sandboxes, Yvonne, purpose, JourneysOrgRows.OptedOut);
        JourneysOrgRows.Consent(_sandboxes, Susanna.ToUpperInvariant(), purpose, JourneysOrgRows.OptedIn);
        await _sandboxes.AddToListAsync(_sandboxes.Seed.ListId, _sandboxes.Seed.ContactIds[2]);

        // Act
        var (exit, _) = await _sandboxes.RunJsonAsync("push");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        var members = await _sandboxes.MembersAsync();
        Assert.DoesNotContain(Yvonne, members.Keys);
        Assert.Equal(("subscribed", "pending"), (members[Susanna], members[Nancy]));
        var outcomes = _sandboxes.QueueRows().Select(r => r.GetAttributeValue<string>(QueueItemFields.Outcome) ?? string.Empty).ToArray();
        Assert.Contains(outcomes, o => o.Contains($"({Yvonne}) opted out of the Customer Insights - Journeys purpose {purpose:D}", StringComparison.Ordinal));
    }
}
