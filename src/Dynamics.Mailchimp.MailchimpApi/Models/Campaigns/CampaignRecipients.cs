namespace Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;

/// <summary>The audience of a campaign.</summary>
public sealed record CampaignRecipients
{
    /// <summary>Gets the list id.</summary>
    public string? ListId { get; init; }

    /// <summary>Gets the list name.</summary>
    public string? ListName { get; init; }
}
