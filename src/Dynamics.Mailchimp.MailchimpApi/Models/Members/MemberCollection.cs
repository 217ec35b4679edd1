namespace Dynamics.Mailchimp.MailchimpApi.Models.Members;

/// <summary>One page of <c>GET /lists/{id}/members</c>.</summary>
internal sealed record MemberCollection
{
    public IReadOnlyList<ListMember> Members { get; init; } = [];

    public int TotalItems { get; init; }
}
