namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>The answer of <c>POST /lists/{id}/segments/{segment_id}</c>.</summary>
internal sealed record SegmentMembersResponse
{
    public IReadOnlyList<SegmentMemberRef> MembersAdded { get; init; } = [];

    public IReadOnlyList<SegmentMemberRef> MembersRemoved { get; init; } = [];

    public IReadOnlyList<SegmentMemberError> Errors { get; init; } = [];

    public int TotalAdded { get; init; }

    public int TotalRemoved { get; init; }

    public int ErrorCount { get; init; }
}
