using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Decide.Rules;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>
/// Rule (push): in an org with Customer Insights – Journeys, the email consent record of the address for the audience's
/// purpose (and topic) decides the status a new member gets. Opted in: subscribed, with no confirmation asked (the person
/// already consented); no record (or Not Set): the audience's <see cref="AudienceSettings.NewMemberStatus"/>, as without
/// Journeys; opted out: nothing is sent, with the reason on the queue row, so the address is never (re)subscribed. Pure:
/// the records are read before Decide (<see cref="JourneysConsents"/>).
/// </summary>
public static class JourneysConsentRule
{
    /// <summary>The new-member status, or the skip.</summary>
    /// <param name="group">The member's inputs (for the reason).</param>
    /// <param name="email">The address sent to Mailchimp.</param>
    /// <param name="settings">The audience's settings.</param>
    /// <param name="consents">The consent records read for the batch.</param>
    /// <returns>The status for a new member (<see cref="StatusDecision.Status"/>), or the skip.</returns>
    public static StatusDecision Decide(MemberGroup group, string email, AudienceSettings settings, JourneysConsents consents)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(consents);
        if (settings.Journeys is not { } purpose)
        {
            return new(settings.NewMemberStatus, null);
        }

        return consents.For(email, purpose) switch
        {
            ConsentValue.OptedOut => new(null, OptedOut(group, email, purpose)),
            ConsentValue.OptedIn => new(MemberStatus.Subscribed, null),
            _ => new(settings.NewMemberStatus, null),
        };
    }

    private static SkipReason OptedOut(MemberGroup group, string email, JourneysPurpose purpose) => new(
        SkipCode.JourneysOptedOut,
        $"{DecideReasons.Names(group)} ({email}) opted out of the Customer Insights - Journeys purpose {purpose.PurposeId:D}"
        + (purpose.TopicId is { } topic ? $" (topic {topic:D})" : string.Empty)
        + $" this audience is mapped to; nothing is sent to Mailchimp until the person opts in again");
}
