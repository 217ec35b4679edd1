namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>One page of <c>GET /lists/{id}/segments</c>.</summary>
internal sealed record SegmentCollection
{
    public IReadOnlyList<Segment> Segments { get; init; } = [];

    public int TotalItems { get; init; }
}
