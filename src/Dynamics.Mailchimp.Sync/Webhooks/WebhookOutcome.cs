namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>The result of one webhook event.</summary>
/// <param name="Event">The event.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Changes">How many record changes were written for it.</param>
/// <param name="Error">Why it failed (names the audience and member id, never the address).</param>
public sealed record WebhookOutcome(WebhookEvent Event, WebhookOutcomeKind Kind, int Changes = 0, string? Error = null)
{
    /// <summary>Gets a value indicating whether Mailchimp should send the event again.</summary>
    public bool ShouldRetry => Kind == WebhookOutcomeKind.Failed;
}
