using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>The reasons a member is not sent, each naming the records and the address.</summary>
internal static class DecideReasons
{
    public static SkipReason RecordNotFound(MemberGroup group) =>
        new(SkipCode.RecordNotFound, $"{string.Join(" and ", group.Missing)} no longer exists in Dynamics; its delete is synced from its own queue row");

    public static SkipReason NoEmail(MemberGroup group) =>
        new(SkipCode.NoEmail, $"{Names(group)} has no email, now or before; nothing to send to Mailchimp");

    public static SkipReason InvalidEmail(MemberGroup group) =>
        new(SkipCode.InvalidEmail, $"{Names(group)} has the email '{group.Email}', which is not a valid address; fix the email in Dynamics");

    public static SkipReason Cleaned(MemberGroup group) =>
        new(SkipCode.NeverResubscribe, $"{Names(group)} ({group.Email}) is cleaned (bounced) in Mailchimp; the connector never re-subscribes a cleaned address");

    public static SkipReason Unsubscribed(MemberGroup group, bool joining) => joining
        ? new(SkipCode.NeverResubscribe, $"{Names(group)} ({group.Email}) is unsubscribed in Mailchimp; the connector never re-subscribes anyone (turn on re-permission for the audience to send a confirmation request instead)")
        : new(SkipCode.NeverResubscribe, $"{Names(group)} ({group.Email}) is unsubscribed in Mailchimp; nothing is sent to an unsubscribed member");

    public static SkipReason DeletedInMailchimp(MemberGroup group) =>
        new(SkipCode.DeletedInMailchimp, Forget.MailchimpErasureText.Skipped(Names(group)));

    public static SkipReason AlreadyOptedOut(MemberGroup group, string why) =>
        new(SkipCode.AlreadyOptedOut, $"{Names(group)} ({group.Email}) opted out in Dynamics and {why}; nothing to send");

    public static SkipReason NothingToLeave(MemberGroup group) =>
        new(SkipCode.NotInSyncedList, $"{Names(group)} ({group.Email}) is in no list that syncs with audience {group.AudienceId}; nothing to send");

    public static string Names(MemberGroup group) =>
        string.Join(" and ", group.Works.Select(work => work.Record).Concat(group.Records.Select(r => r.Record)).Distinct().Select(r => r.ToString()));
}
