namespace Dynamics.Mailchimp.MailchimpApi.Models.Interests;

/// <summary>One page of <c>GET /lists/{id}/interest-categories</c>.</summary>
internal sealed record InterestCategoryCollection
{
    public IReadOnlyList<InterestCategory> Categories { get; init; } = [];

    public int TotalItems { get; init; }
}
