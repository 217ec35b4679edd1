namespace Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;

/// <summary>The counts of a sent campaign's report (<c>report_summary</c> of <c>GET /campaigns</c>).</summary>
public sealed record CampaignReportSummary
{
    /// <summary>Gets every open counted.</summary>
    public int Opens { get; init; }

    /// <summary>Gets the recipients who opened.</summary>
    public int UniqueOpens { get; init; }

    /// <summary>Gets every click counted.</summary>
    public int Clicks { get; init; }

    /// <summary>Gets the recipients who clicked.</summary>
    public int SubscriberClicks { get; init; }
}
