namespace Dynamics.Mailchimp.MailchimpApi.Models.Webhooks;

/// <summary>The body of <c>POST /lists/{list_id}/webhooks</c>.</summary>
/// <param name="Url">The URL Mailchimp posts to.</param>
/// <param name="Events">The events to send.</param>
/// <param name="Sources">The sources to send.</param>
public sealed record WebhookDefinition(string Url, WebhookEvents Events, WebhookSources Sources);
