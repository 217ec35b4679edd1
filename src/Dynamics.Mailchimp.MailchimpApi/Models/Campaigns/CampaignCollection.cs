namespace Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;

/// <summary>One page of <c>GET /campaigns</c>.</summary>
internal sealed record CampaignCollection
{
    public IReadOnlyList<Campaign> Campaigns { get; init; } = [];

    public int TotalItems { get; init; }
}
