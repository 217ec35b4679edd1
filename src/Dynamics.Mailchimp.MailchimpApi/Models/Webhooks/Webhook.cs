namespace Dynamics.Mailchimp.MailchimpApi.Models.Webhooks;

/// <summary>A list webhook (<c>GET /lists/{list_id}/webhooks</c>).</summary>
public sealed record Webhook
{
    /// <summary>Gets the webhook id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the URL Mailchimp posts to. It may carry a secret: never log it.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>Gets the events it is sent for.</summary>
    public WebhookEvents Events { get; init; } = new();

    /// <summary>Gets the sources whose changes it is sent for.</summary>
    public WebhookSources Sources { get; init; } = new();

    /// <summary>Gets the list id.</summary>
    public string? ListId { get; init; }
}
