using System.Text.Json.Serialization;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;

/// <summary>A campaign.</summary>
public sealed record Campaign
{
    /// <summary>Gets the campaign id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the web id.</summary>
    public long WebId { get; init; }

    /// <summary>Gets the type, e.g. <c>regular</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the status, e.g. <c>sent</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Gets when it was sent; <see langword="null"/> when not sent.</summary>
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? SendTime { get; init; }

    /// <summary>Gets the number of emails sent.</summary>
    public int EmailsSent { get; init; }

    /// <summary>Gets the audience it went to.</summary>
    public CampaignRecipients? Recipients { get; init; }

    /// <summary>Gets the subject and title.</summary>
    public CampaignSettings? Settings { get; init; }

    /// <summary>Gets the report's counts, for a sent campaign.</summary>
    public CampaignReportSummary? ReportSummary { get; init; }
}
