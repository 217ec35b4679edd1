namespace Dynamics.Mailchimp.MailchimpApi.Models.Interests;

/// <summary>One page of <c>GET /lists/{id}/interest-categories/{category_id}/interests</c>.</summary>
internal sealed record InterestCollection
{
    public IReadOnlyList<Interest> Interests { get; init; } = [];

    public int TotalItems { get; init; }
}
