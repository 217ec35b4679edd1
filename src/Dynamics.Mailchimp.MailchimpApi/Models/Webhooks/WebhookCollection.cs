namespace Dynamics.Mailchimp.MailchimpApi.Models.Webhooks;

/// <summary>The answer of <c>GET /lists/{list_id}/webhooks</c> (not paged).</summary>
internal sealed record WebhookCollection
{
    public IReadOnlyList<Webhook> Webhooks { get; init; } = [];

    public string? ListId { get; init; }

    public int TotalItems { get; init; }
}
