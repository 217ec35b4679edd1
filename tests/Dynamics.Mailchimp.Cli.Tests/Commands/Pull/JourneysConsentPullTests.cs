using Dynamics.Mailchimp.Sandbox.Dataverse;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Pull;

/// <summary>
/// Issue #13, Build 2, end to end over HTTP through <c>dmc pull</c>'s production wiring: in a Customer Insights – Journeys
/// org an unsubscribe in Mailchimp gives the address an opted-out email consent record for the audience's purpose (a
/// rerun adds none), and in an org without the table the same run succeeds as before. Values:
/// https://learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_contactpointconsent4.
/// </summary>
public sealed class JourneysConsentPullTests
{
    private const string Email = "yvonne.mckay@contoso-coffee.com";

    private static Task<PullSandboxes> CreateSut(bool journeys) =>
        PullSandboxes.StartAsync(new DataverseSandboxOptions { JourneysConsent = journeys });

    [Fact]
    public async Task Pull_UnsubscribeInMailchimpInAJourneysOrg_ContactGetsAnOptedOutConsentForThePurpose()
    {
        // Arrange
        await using var sandboxes = await CreateSut(journeys: true);
        var purpose = JourneysOrgRows.MapAudienceToPurpose(sandboxes);
        Assert.Equal(ExitCodes.Success, (await sandboxes.RunJsonAsync("push")).Exit);
        await sandboxes.SimulateAsync("unsubscribe", Email);

        // Act
        var (exit, json) = await sandboxes.RunJsonAsync("pull");
        await sandboxes.SimulateAsync("unsubscribe", Email);
        var (rerun, _) = await sandboxes.RunJsonAsync("pull");

        // Assert
        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (exit, rerun));
        Assert.Equal(1, json.GetProperty("pulled").GetProperty("unsubscribed").GetInt32());
        var record = Assert.Single(JourneysOrgRows.Consents(sandboxes, Email));
        Assert.Equal(JourneysOrgRows.OptedOut, record.GetAttributeValue<OptionSetValue>("msdynmkt_value").Value);
        Assert.Equal(purpose, record.GetAttributeValue<EntityReference>("msdynmkt_purposeid").Id);
        Assert.Equal(534120000, record.GetAttributeValue<OptionSetValue>("msdynmkt_contactpointtype").Value);
        Assert.StartsWith("Unsubscribed in Mailchimp audience", record.GetAttributeValue<string>("msdynmkt_reason"), StringComparison.Ordinal);
        Assert.True(sandboxes.Contact(sandboxes.Seed.ContactIds[0]).GetAttributeValue<bool>("donotbulkemail"));
    }

    [Fact]
    public async Task Pull_UnsubscribeInAnOrgWithoutJourneys_SucceedsAsBefore()
    {
        // Arrange: the audience even names a purpose; the org has no consent table.
        await using var sandboxes = await CreateSut(journeys: false);
        sandboxes.Dataverse.Organization.CreateService().Create(new Entity("dmc_audiencesetting")
        {
            ["dmc_name"] = "Newsletter",
            ["dmc_audienceid"] = Dynamics.Mailchimp.Sandbox.Mailchimp.MailchimpSandboxDefaults.AudienceId,
            ["dmc_purposeid"] = Guid.NewGuid().ToString("D"),
        });
        Assert.Equal(ExitCodes.Success, (await sandboxes.RunJsonAsync("push")).Exit);
        await sandboxes.SimulateAsync("unsubscribe", Email);

        // Act
        var (exit, json) = await sandboxes.RunJsonAsync("pull");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("pulled").GetProperty("unsubscribed").GetInt32());
        Assert.True(sandboxes.Contact(sandboxes.Seed.ContactIds[0]).GetAttributeValue<bool>("donotbulkemail"));
        var journeysCalls = sandboxes.Dataverse.Requests.Where(r => (r.Path + r.Body).Contains("msdynmkt_contactpointconsent4s", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, journeysCalls.Length); // one check per run (the push, then the pull), nothing after it
        Assert.All(journeysCalls, r => Assert.Equal(404, r.StatusCode));
    }
}
