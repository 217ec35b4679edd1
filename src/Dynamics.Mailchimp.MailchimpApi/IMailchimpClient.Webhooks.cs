using Dynamics.Mailchimp.MailchimpApi.Models.Webhooks;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>List webhooks.</content>
public partial interface IMailchimpClient
{
    /// <summary>Reads the webhooks of an audience (<c>GET /lists/{list_id}/webhooks</c>, one call: the collection is not paged).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhooks.</returns>
    Task<IReadOnlyList<Webhook>> GetWebhooksAsync(string listId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a webhook (<c>POST /lists/{list_id}/webhooks</c>). Mailchimp checks the URL when it is added, so the receiver
    /// must already answer. The create is never retried (a retry could add it twice).
    /// </summary>
    /// <param name="listId">The list id.</param>
    /// <param name="definition">The URL, events and sources.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook.</returns>
    Task<Webhook> CreateWebhookAsync(string listId, WebhookDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>Removes a webhook (<c>DELETE /lists/{list_id}/webhooks/{webhook_id}</c>).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="webhookId">The webhook id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Mailchimp removed it.</returns>
    Task DeleteWebhookAsync(string listId, string webhookId, CancellationToken cancellationToken = default);
}
