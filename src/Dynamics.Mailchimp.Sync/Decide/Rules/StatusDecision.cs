using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>The status to write on an existing member, or why the member is not written at all.</summary>
/// <param name="Status">The status to set (<c>status</c>); <see langword="null"/> keeps the member's status.</param>
/// <param name="Skip">Why nothing is sent, or <see langword="null"/>.</param>
public sealed record StatusDecision(MemberStatus? Status, SkipReason? Skip);
