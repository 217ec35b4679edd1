namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>
/// The form keys of Mailchimp's list webhooks (<c>application/x-www-form-urlencoded</c>: <c>type</c>, <c>fired_at</c> and
/// <c>data[…]</c>), from Mailchimp's guide "Sync Audience Data with Webhooks"
/// (mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/).
/// </summary>
public static class WebhookFormNames
{
    /// <summary>The event type.</summary>
    public const string Type = "type";

    /// <summary>When Mailchimp fired the event, <c>YYYY-MM-DD HH:MM:SS</c>.</summary>
    public const string FiredAt = "fired_at";

    /// <summary>The audience id.</summary>
    public const string ListId = "data[list_id]";

    /// <summary>The member's address (all member events but <c>upemail</c>).</summary>
    public const string Email = "data[email]";

    /// <summary>The member id, or the campaign id of a <c>campaign</c> event.</summary>
    public const string Id = "data[id]";

    /// <summary>The reason: <c>manual</c>/<c>abuse</c> for an unsubscribe, <c>hard</c>/<c>abuse</c> for a clean.</summary>
    public const string Reason = "data[reason]";

    /// <summary>The campaign an unsubscribe or clean came from.</summary>
    public const string CampaignId = "data[campaign_id]";

    /// <summary>The new address of an <c>upemail</c> event.</summary>
    public const string NewEmail = "data[new_email]";

    /// <summary>The old address of an <c>upemail</c> event.</summary>
    public const string OldEmail = "data[old_email]";

    /// <summary>The wire value of each event type.</summary>
    public static readonly IReadOnlyDictionary<string, WebhookEventType> Types = new Dictionary<string, WebhookEventType>(StringComparer.Ordinal)
    {
        ["subscribe"] = WebhookEventType.Subscribe,
        ["unsubscribe"] = WebhookEventType.Unsubscribe,
        ["profile"] = WebhookEventType.Profile,
        ["upemail"] = WebhookEventType.EmailChanged,
        ["cleaned"] = WebhookEventType.Cleaned,
        ["campaign"] = WebhookEventType.Campaign,
    };
}
