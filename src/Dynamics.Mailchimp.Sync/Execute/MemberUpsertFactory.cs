using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// The batch-subscribe member of a plan: <c>status_if_new</c> from the plan, <c>status</c> only when the plan sets one,
/// merge fields and interests. An unsubscribe removal sends <c>status: unsubscribed</c> (and <c>status_if_new</c> too:
/// an address Mailchimp no longer holds is kept as an unsubscribed contact rather than skipped).
/// </summary>
internal static class MemberUpsertFactory
{
    public static MemberUpsert Create(PlanProgress progress)
    {
        var plan = progress.Plan;
        var upsert = plan.Upsert;
        var unsubscribe = plan.Removal is { Kind: RemovalKind.Unsubscribe };
        return new MemberUpsert
        {
            EmailAddress = progress.Address,
            StatusIfNew = unsubscribe ? MemberStatus.Unsubscribed : upsert?.StatusIfNew ?? MemberStatus.Subscribed,
            Status = unsubscribe ? MemberStatus.Unsubscribed : upsert?.Status,
            MergeFields = upsert is null || upsert.MergeFields.Count == 0
                ? null
                : upsert.MergeFields.ToDictionary(field => field.Key, field => (object?)field.Value, StringComparer.Ordinal),
            Interests = upsert is null || upsert.Interests.Count == 0 ? null : upsert.Interests,
        };
    }
}
