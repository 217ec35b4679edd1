using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>The CRM side at one moment of the demo: contacts and leads by stored Mailchimp status, opt-outs, campaign and activity rows.</summary>
/// <param name="Statuses">Contacts and leads by <c>dmc_mailchimpstatus</c> (lower-case status name; <c>none</c> when unset).</param>
/// <param name="DoNotBulkEmail">Contacts and leads with <c>donotbulkemail</c> set.</param>
/// <param name="ConsentEvents">Consent log rows.</param>
/// <param name="Campaigns">Campaign rows.</param>
/// <param name="Activities">Email activity rows per action key (<c>sent</c>, <c>open</c>, …).</param>
public sealed record CrmSnapshot(IReadOnlyDictionary<string, int> Statuses, int DoNotBulkEmail, int ConsentEvents, int Campaigns, IReadOnlyDictionary<string, int> Activities)
{
    /// <summary>The status key of a record without a stored status.</summary>
    public const string NoStatus = "none";

    /// <summary>Reads the counts from the sandbox's organization (in-process, not through the job).</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The snapshot.</returns>
    public static CrmSnapshot Read(InMemoryOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var people = organization.Rows(TableNames.Contact).Concat(organization.Rows(TableNames.Lead)).ToArray();
        var statuses = people
            .GroupBy(row => MailchimpStatusOptions.ToStatus(row.GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus)?.Value)?.ToString().ToLowerInvariant() ?? NoStatus, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var activities = organization.Rows(ActivityNames.ActivityTable)
            .GroupBy(row => Commands.Pull.ActivityReport.Key((ActivityAction)(row.GetAttributeValue<OptionSetValue>(ActivityNames.Action)?.Value ?? 0)), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        return new CrmSnapshot(
            statuses,
            people.Count(row => row.GetAttributeValue<bool>(MemberFields.DoNotBulkEmail)),
            organization.Rows(PullNames.ConsentEventTable).Count(),
            organization.Rows(ActivityNames.CampaignTable).Count(),
            activities);
    }
}
