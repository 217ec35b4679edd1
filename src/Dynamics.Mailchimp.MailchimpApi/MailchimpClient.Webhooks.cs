using Dynamics.Mailchimp.MailchimpApi.Http;
using Dynamics.Mailchimp.MailchimpApi.Models.Webhooks;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>List webhooks.</content>
internal sealed partial class MailchimpClient
{
    public async Task<IReadOnlyList<Webhook>> GetWebhooksAsync(string listId, CancellationToken cancellationToken = default) =>
        (await GetAsync(MailchimpPaths.Webhooks(listId), MailchimpJsonContext.Default.WebhookCollection, cancellationToken).ConfigureAwait(false)).Webhooks;

    public Task<Webhook> CreateWebhookAsync(string listId, WebhookDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition.Url);
        return SendJsonAsync(
            HttpMethod.Post,
            MailchimpPaths.Webhooks(listId),
            definition,
            MailchimpJsonContext.Default.WebhookDefinition,
            MailchimpJsonContext.Default.Webhook,
            retrySafePost: false,
            cancellationToken);
    }

    public Task DeleteWebhookAsync(string listId, string webhookId, CancellationToken cancellationToken = default) =>
        SendWithoutResultAsync(new HttpRequestMessage(HttpMethod.Delete, MailchimpPaths.Webhook(listId, webhookId)), cancellationToken);
}
