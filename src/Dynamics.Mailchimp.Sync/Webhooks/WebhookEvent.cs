namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>One delivered list webhook event, as read from its form.</summary>
/// <param name="Type">The event type.</param>
/// <param name="AudienceId">The audience (<c>data[list_id]</c>).</param>
/// <param name="FiredAt">When Mailchimp fired it (UTC).</param>
/// <param name="Email">The member's address: for <c>upemail</c> the new one; <see langword="null"/> for <c>campaign</c>.</param>
public sealed record WebhookEvent(WebhookEventType Type, string AudienceId, DateTimeOffset FiredAt, string? Email)
{
    /// <summary>Gets the old address of an <c>upemail</c> event.</summary>
    public string? OldEmail { get; init; }

    /// <summary>Gets the reason Mailchimp gave, if any.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the campaign: the one an unsubscribe or clean came from, or the one a <c>campaign</c> event announces.</summary>
    public string? CampaignId { get; init; }

    /// <summary>A description without the address (logs never carry one): the type, audience and time.</summary>
    /// <returns>E.g. <c>unsubscribe in audience a1b2c3d4e5 fired 2026-11-30 04:00:00Z</c>.</returns>
    public override string ToString() => $"{Type} in audience {AudienceId} fired {FiredAt:yyyy-MM-dd HH:mm:ss}Z";
}
