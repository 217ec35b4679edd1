using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>A member on a list's Mailchimp side (the tag's, the interest's or the audience's members).</summary>
/// <param name="Email">The member's address.</param>
/// <param name="Status">The member's status.</param>
/// <param name="MergeFields">The merge fields the CRM maps, by tag; <see langword="null"/> when not read (a sync's reconcile compares membership only).</param>
public sealed record MailchimpMember(string Email, MemberStatus Status, IReadOnlyDictionary<string, string>? MergeFields = null);
