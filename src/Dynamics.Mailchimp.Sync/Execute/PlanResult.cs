using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>What Mailchimp did with one plan.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Kind">Confirmed, refused for good (compliance), or failed (retried on a later run).</param>
/// <param name="Status">The member's status as Mailchimp reported it (a member kept unsubscribed reads unsubscribed).</param>
/// <param name="MemberId">The member's id (subscriber hash of the address Mailchimp now holds).</param>
/// <param name="Detail">What Mailchimp said: the error text for a failure, the reason for a refusal; names the address.</param>
public sealed record PlanResult(MemberPlan Plan, PlanResultKind Kind, MemberStatus? Status, string? MemberId, string? Detail);
