namespace Dynamics.Mailchimp.MailchimpApi.Models.Reports;

/// <summary>A recipient of a campaign and its delivery status (<c>GET /reports/{id}/sent-to</c>).</summary>
public sealed record SentTo
{
    /// <summary>Gets the member id (subscriber hash).</summary>
    public string? EmailId { get; init; }

    /// <summary>Gets the address.</summary>
    public string EmailAddress { get; init; } = string.Empty;

    /// <summary>Gets the status: <c>sent</c>, <c>hard</c> or <c>soft</c>.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>Gets the campaign id.</summary>
    public string? CampaignId { get; init; }

    /// <summary>Gets the list id.</summary>
    public string? ListId { get; init; }

    /// <summary>Gets a value indicating whether the delivery bounced (hard or soft).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsBounce => Status is ActivityActions.HardBounce or ActivityActions.SoftBounce;
}
