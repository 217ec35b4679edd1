namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;

/// <summary>The answer to one request to a receiver: the status, if any, and how it ended.</summary>
internal readonly record struct WebhookAttempt(int? Status, WebhookOutcome Outcome);
