using System.Globalization;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Read;

namespace Dynamics.Mailchimp.Sync.Pull.Decide;

/// <summary>The sentences written to the consent log's <c>dmc_reason</c>: what Mailchimp said, when, and what the job did about it.</summary>
public static class ConsentReasons
{
    /// <summary>Why an unsubscribe changed the record.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The reason.</returns>
    public static string Unsubscribed(PulledMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var said = member.UnsubscribeReason is { } reason ? $" (reason given: \"{reason}\")" : string.Empty;
        return $"{member.Email} unsubscribed in Mailchimp audience {member.AudienceId} at {At(member)}{said}.";
    }

    /// <summary>Why a lead was created.</summary>
    /// <param name="member">The unmatched subscribed member.</param>
    /// <returns>The reason.</returns>
    public static string LeadCreated(PulledMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return $"{member.Email} is subscribed in Mailchimp audience {member.AudienceId} (at {At(member)}) and matched no contact, lead or account, "
            + "so the connector created this lead (Sync:Pull:CreateLeadsForUnmatched).";
    }

    /// <summary>Why the record left a list.</summary>
    /// <param name="member">The member.</param>
    /// <param name="list">The list.</param>
    /// <returns>The reason, naming the list.</returns>
    public static string LeftList(PulledMember member, ListMapping list)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(list);
        return $"Removed from {list.Describe()}: {member.Email} unsubscribed in Mailchimp audience {member.AudienceId} at {At(member)}, "
            + "and the connector takes people who unsubscribe out of the lists that sync to that audience (Sync:Pull:UnsubscribeLeavesLists).";
    }

    /// <summary>Why a clean changed the record.</summary>
    /// <param name="member">The member.</param>
    /// <param name="blocksBulkEmail">Whether the clean also blocks bulk email.</param>
    /// <returns>The reason.</returns>
    public static string Cleaned(PulledMember member, bool blocksBulkEmail)
    {
        ArgumentNullException.ThrowIfNull(member);
        var block = blocksBulkEmail ? "; bulk email is blocked (the audience's Block Bulk Email When Cleaned)" : string.Empty;
        return $"Mailchimp cleaned {member.Email} in audience {member.AudienceId} at {At(member)}: the address bounced hard{block}.";
    }

    /// <summary>Why a re-subscribe changed the record.</summary>
    /// <param name="member">The member.</param>
    /// <param name="before">The status the CRM had.</param>
    /// <returns>The reason.</returns>
    public static string Resubscribed(PulledMember member, MemberStatus before)
    {
        ArgumentNullException.ThrowIfNull(member);
        return $"{member.Email} subscribed again in Mailchimp audience {member.AudienceId} at {At(member)} (was {before.ToWireValue()}).";
    }

    private static string At(PulledMember member) => member.LastChanged.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
