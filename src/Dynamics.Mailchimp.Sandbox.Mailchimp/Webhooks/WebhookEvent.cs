namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>One list event to deliver: its type, the list, what caused it (<c>user</c>, <c>admin</c>, <c>api</c>) and the form it is posted as.</summary>
internal sealed record WebhookEvent(string Type, string ListId, string Source, IReadOnlyList<KeyValuePair<string, string>> Form);
