using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>One page of <c>GET /lists/{id}/segments/{segment_id}/members</c>.</summary>
internal sealed record SegmentMemberCollection
{
    public IReadOnlyList<ListMember> Members { get; init; } = [];

    public int TotalItems { get; init; }
}
