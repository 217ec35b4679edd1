namespace Dynamics.Mailchimp.MailchimpApi.Models.Reports;

/// <summary>The activity of one recipient of a campaign (<c>GET /reports/{id}/email-activity</c>).</summary>
public sealed record EmailActivity
{
    /// <summary>Gets the campaign id.</summary>
    public string? CampaignId { get; init; }

    /// <summary>Gets the list id.</summary>
    public string? ListId { get; init; }

    /// <summary>Gets the member id (subscriber hash).</summary>
    public string? EmailId { get; init; }

    /// <summary>Gets the address.</summary>
    public string EmailAddress { get; init; } = string.Empty;

    /// <summary>Gets the events: opens, clicks and bounces.</summary>
    public IReadOnlyList<ActivityEvent> Activity { get; init; } = [];
}
