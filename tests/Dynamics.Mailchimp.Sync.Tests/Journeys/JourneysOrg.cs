using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Read;
using Dynamics.Mailchimp.Sync.Tests.Claim;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Journeys;

/// <summary>Rows a Journeys org holds, written straight into the sandbox's organization (no request recorded).</summary>
internal static class JourneysOrg
{
    public static Guid CreatePurpose(DataverseJobHost host, string name = "Newsletter") =>
        host.Sandbox.Organization.CreateService().Create(new Entity("msdynmkt_purpose")
        {
            ["msdynmkt_name"] = name,
            ["msdynmkt_type"] = new OptionSetValue(534120000),
            ["msdynmkt_enforcementmodel"] = new OptionSetValue(534120000),
        });

    public static void MapAudience(DataverseJobHost host, string audienceId, Guid purposeId) =>
        host.Sandbox.Organization.CreateService().Create(new Entity(ReadNames.AudienceSettingTable)
        {
            ["dmc_name"] = audienceId,
            [ReadNames.AudienceId] = audienceId,
            [ReadNames.PurposeId] = purposeId.ToString("D"),
        });

    public static Guid CreateConsent(DataverseJobHost host, string address, Guid purposeId, int value, int channel = JourneysNames.EmailChannel) =>
        host.Sandbox.Organization.CreateService().Create(new Entity(JourneysNames.ConsentTable)
        {
            [JourneysNames.ContactPointValue] = address,
            [JourneysNames.ContactPointType] = new OptionSetValue(channel),
            [JourneysNames.ConsentType] = new OptionSetValue(JourneysNames.PurposeConsent),
            [JourneysNames.Value] = new OptionSetValue(value),
            [JourneysNames.PurposeId] = new EntityReference("msdynmkt_purpose", purposeId),
        });

    public static IReadOnlyList<Entity> Consents(DataverseJobHost host, string address) =>
        host.Sandbox.Organization.Rows(JourneysNames.ConsentTable)
            .Where(row => string.Equals(row.GetAttributeValue<string>(JourneysNames.ContactPointValue), address, StringComparison.OrdinalIgnoreCase))
            .ToArray();
}
