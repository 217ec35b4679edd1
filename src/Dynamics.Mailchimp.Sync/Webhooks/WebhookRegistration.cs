namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>What <c>dmc webhooks register | remove</c> did, or would do, on one audience.</summary>
/// <param name="AudienceId">The audience.</param>
/// <param name="Action">
/// <c>created</c>, <c>unchanged</c> (ours was already there, as wanted), <c>replaced</c> (ours had another secret,
/// address or settings), <c>removed</c>, <c>absent</c> (nothing of ours to remove) or <c>failed</c>.
/// </param>
/// <param name="WebhookId">The webhook's id, when there is one.</param>
/// <param name="Url">The URL with its secret replaced by <c>***</c>.</param>
/// <param name="Error">Why it failed.</param>
public sealed record WebhookRegistration(string AudienceId, string Action, string? WebhookId, string? Url, string? Error = null);
