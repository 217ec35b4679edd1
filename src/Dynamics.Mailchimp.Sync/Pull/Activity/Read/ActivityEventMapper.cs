using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;
using Dynamics.Mailchimp.MailchimpApi.Models.Reports;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Read;

/// <summary>
/// Turns Mailchimp's report items into events inside a window (pure). Email activity carries opens, clicks and bounces
/// (https://mailchimp.com/developer/marketing/api/email-activity-reports/list-email-activity/); every recipient it lists
/// was sent the campaign, so a first import adds a Sent event at the send time. Unsubscribes come from the unsubscribe
/// report (https://mailchimp.com/developer/marketing/api/unsub-reports/list-unsubscribed-members/).
/// </summary>
public static class ActivityEventMapper
{
    /// <summary>The events of one recipient; unknown actions and events without a time are left out.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="recipient">The recipient's activity.</param>
    /// <param name="window">The window.</param>
    /// <returns>The events in the window.</returns>
    public static IEnumerable<EmailEvent> FromEmailActivity(Campaign campaign, EmailActivity recipient, ActivityWindow window)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(window);
        var memberId = MemberId(recipient.EmailId, recipient.EmailAddress);
        if (window.IsFirstImport && campaign.SendTime is { } sent && window.Includes(Seconds(sent)))
        {
            yield return new EmailEvent(campaign.Id, memberId, recipient.EmailAddress, ActivityAction.Sent, Seconds(sent));
        }

        foreach (var item in recipient.Activity)
        {
            if (item.Timestamp is not { } at || ToAction(item) is not { } action || !window.Includes(Seconds(at)))
            {
                continue;
            }

            yield return new EmailEvent(campaign.Id, memberId, recipient.EmailAddress, action, Seconds(at), action == ActivityAction.Click ? item.Url : null);
        }
    }

    /// <summary>The event of an unsubscribe, or <see langword="null"/> outside the window.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="unsubscribe">The report item.</param>
    /// <param name="window">The window.</param>
    /// <returns>The event, or <see langword="null"/>.</returns>
    public static EmailEvent? FromUnsubscribe(Campaign campaign, Unsubscribe unsubscribe, ActivityWindow window)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(unsubscribe);
        ArgumentNullException.ThrowIfNull(window);
        return unsubscribe.Timestamp is { } at && window.Includes(Seconds(at))
            ? new EmailEvent(campaign.Id, MemberId(unsubscribe.EmailId, unsubscribe.EmailAddress), unsubscribe.EmailAddress, ActivityAction.Unsubscribe, Seconds(at), Detail: string.IsNullOrEmpty(unsubscribe.Reason) ? null : unsubscribe.Reason)
            : null;
    }

    private static ActivityAction? ToAction(ActivityEvent item) => item.Action switch
    {
        ActivityActions.Open => ActivityAction.Open,
        ActivityActions.Click => ActivityAction.Click,
        ActivityActions.Bounce when item.Type == ActivityActions.HardBounce => ActivityAction.HardBounce,
        ActivityActions.Bounce => ActivityAction.SoftBounce,
        _ => null,
    };

    private static string MemberId(string? emailId, string email) =>
        string.IsNullOrEmpty(emailId) ? SubscriberHash.Compute(email) : emailId;

    private static DateTimeOffset Seconds(DateTimeOffset moment) =>
        new DateTimeOffset(moment.UtcTicks - (moment.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
