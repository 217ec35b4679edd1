using System.Text.Json.Serialization;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi.Models.Reports;

/// <summary>A recipient who unsubscribed from a campaign.</summary>
public sealed record Unsubscribe
{
    /// <summary>Gets the member id (subscriber hash).</summary>
    public string? EmailId { get; init; }

    /// <summary>Gets the address.</summary>
    public string EmailAddress { get; init; } = string.Empty;

    /// <summary>Gets when.</summary>
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Gets the reason given.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the campaign id.</summary>
    public string? CampaignId { get; init; }

    /// <summary>Gets the list id.</summary>
    public string? ListId { get; init; }
}
