namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>The body of <c>POST /lists/{id}/segments/{segment_id}</c> (at most 500 addresses each).</summary>
internal sealed record SegmentMembersChange(IReadOnlyList<string> MembersToAdd, IReadOnlyList<string> MembersToRemove);
