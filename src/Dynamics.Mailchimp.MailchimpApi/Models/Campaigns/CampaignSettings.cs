namespace Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;

/// <summary>The descriptive settings of a campaign.</summary>
public sealed record CampaignSettings
{
    /// <summary>Gets the subject line.</summary>
    public string? SubjectLine { get; init; }

    /// <summary>Gets the internal title.</summary>
    public string? Title { get; init; }
}
