using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>
/// Rule: nobody who is unsubscribed or cleaned in Mailchimp is ever re-subscribed. The job knows the member's status
/// without a read per member: the status it stored on the records (<c>dmc_mailchimpstatus</c>); a refusal Mailchimp
/// gives anyway is final at Execute. Nothing is sent to such a member (the skip reason lands on the row), except that
/// with <see cref="AudienceSettings.Repermission"/> a record (re)joining sends an unsubscribed member to
/// <c>pending</c>, so Mailchimp asks the person to confirm. A cleaned (bounced) address never gets a confirmation
/// request: it would bounce too.
/// </summary>
public static class NeverResubscribeRule
{
    private static readonly MemberStatus[] MostRestrictiveFirst = [MemberStatus.Cleaned, MemberStatus.Unsubscribed, MemberStatus.Archived];

    /// <summary>The member's status as the records last stored it; the most restrictive wins when they disagree.</summary>
    /// <param name="records">The records with the address.</param>
    /// <returns>The status, or <see langword="null"/> when the job never stored one.</returns>
    public static MemberStatus? KnownStatus(IEnumerable<MemberSnapshot> records)
    {
        // A loop, not a LINQ chain: run for every member.
        MemberStatus? first = null;
        var restrictive = MostRestrictiveFirst.Length;
        foreach (var record in records)
        {
            if (record.StoredStatus is { } status)
            {
                first ??= status;
                var rank = Array.IndexOf(MostRestrictiveFirst, status);
                restrictive = rank >= 0 && rank < restrictive ? rank : restrictive;
            }
        }

        return restrictive < MostRestrictiveFirst.Length ? MostRestrictiveFirst[restrictive] : first;
    }

    /// <summary>
    /// Gets a value indicating whether a record with the address stores Deleted: Mailchimp refused the address as
    /// permanently deleted ("… was permanently deleted and cannot be re-imported", ibericode/mailchimp-for-wordpress#673),
    /// so nothing is sent to it again. A record that changed its address sends the new one.
    /// </summary>
    /// <param name="group">The member's inputs.</param>
    /// <returns><see langword="true"/> when the address is known deleted.</returns>
    public static bool IsDeleted(MemberGroup group)
    {
        if (group.PreviousEmail is not null)
        {
            return false;
        }

        for (var i = 0; i < group.Records.Count; i++)
        {
            if (group.Records[i].StoredDeleted && string.Equals(group.Records[i].Email, group.Email, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The status to write for a member the records want subscribed.</summary>
    /// <param name="group">The member's inputs (for the reason).</param>
    /// <param name="known">The stored status.</param>
    /// <param name="joining">Whether a record joined a list, was reactivated, got the address or lifted an opt-out.</param>
    /// <param name="settings">The audience's settings.</param>
    /// <returns>The decision.</returns>
    public static StatusDecision Decide(MemberGroup group, MemberStatus? known, bool joining, AudienceSettings settings) => known switch
    {
        MemberStatus.Cleaned => new(null, DecideReasons.Cleaned(group)),
        MemberStatus.Unsubscribed when joining && settings.Repermission => new(MemberStatus.Pending, null),
        MemberStatus.Unsubscribed => new(null, DecideReasons.Unsubscribed(group, joining)),
        MemberStatus.Archived => new(settings.NewMemberStatus, null),
        _ => new(null, null),
    };
}
