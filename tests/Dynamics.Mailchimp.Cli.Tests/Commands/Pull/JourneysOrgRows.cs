using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Pull;

/// <summary>
/// What an admin and Customer Insights – Journeys put into a Journeys org, written straight into the sandbox's
/// organization: a purpose, the sandbox audience's setting mapped to it, and email consent records. Choice values:
/// https://learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_contactpointconsent4.
/// </summary>
internal static class JourneysOrgRows
{
    public const int OptedIn = 534120001;
    public const int OptedOut = 534120002;
    public const string ConsentTable = "msdynmkt_contactpointconsent4";

    /// <summary>A purpose, and the sandbox audience's setting naming it (new members: <paramref name="newMemberStatus"/>).</summary>
    public static Guid MapAudienceToPurpose(PullSandboxes sandboxes, int newMemberStatus = 100000000)
    {
        var service = sandboxes.Dataverse.Organization.CreateService();
        var purpose = service.Create(new Entity("msdynmkt_purpose")
        {
            ["msdynmkt_name"] = "Newsletter",
            ["msdynmkt_type"] = new OptionSetValue(534120000),
            ["msdynmkt_enforcementmodel"] = new OptionSetValue(534120000),
        });
        service.Create(new Entity("dmc_audiencesetting")
        {
            ["dmc_name"] = "Newsletter",
            ["dmc_audienceid"] = MailchimpSandboxDefaults.AudienceId,
            ["dmc_newmemberstatus"] = new OptionSetValue(newMemberStatus),
            ["dmc_purposeid"] = purpose.ToString("D"),
        });
        return purpose;
    }

    public static void Consent(PullSandboxes sandboxes, string address, Guid purpose, int value) =>
        sandboxes.Dataverse.Organization.CreateService().Create(new Entity(ConsentTable)
        {
            ["msdynmkt_contactpointvalue"] = address,
            ["msdynmkt_contactpointtype"] = new OptionSetValue(534120000),
            ["msdynmkt_contactpointconsenttype"] = new OptionSetValue(534120000),
            ["msdynmkt_value"] = new OptionSetValue(value),
            ["msdynmkt_purposeid"] = new EntityReference("msdynmkt_purpose", purpose),
        });

    public static IReadOnlyList<Entity> Consents(PullSandboxes sandboxes, string address) =>
        sandboxes.Dataverse.Organization.Rows(ConsentTable)
            .Where(row => string.Equals(row.GetAttributeValue<string>("msdynmkt_contactpointvalue"), address, StringComparison.OrdinalIgnoreCase))
            .ToArray();
}
