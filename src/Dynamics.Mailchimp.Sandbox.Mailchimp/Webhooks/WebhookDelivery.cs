namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>One delivery attempt of one event to one webhook, as recorded in the sandbox's delivery log.</summary>
/// <param name="WebhookId">The webhook's id.</param>
/// <param name="Url">The URL posted to.</param>
/// <param name="Type">The event type (<c>subscribe</c>, <c>unsubscribe</c>, <c>profile</c>, <c>cleaned</c>, <c>upemail</c>, <c>campaign</c>).</param>
/// <param name="Attempt">The attempt number, 1 for the first.</param>
/// <param name="Status">The HTTP status answered, or <see langword="null"/> when none was (timed out, unreachable).</param>
/// <param name="Outcome">How the attempt ended.</param>
/// <param name="GaveUp">Whether this was the last attempt and it failed: the event is dropped.</param>
/// <param name="At">When the attempt ended, by the sandbox's clock.</param>
/// <param name="Body">The <c>application/x-www-form-urlencoded</c> body posted.</param>
/// <param name="Form">The same fields, decoded, in the order they were posted.</param>
public sealed record WebhookDelivery(
    string WebhookId,
    string Url,
    string Type,
    int Attempt,
    int? Status,
    WebhookOutcome Outcome,
    bool GaveUp,
    DateTimeOffset At,
    string Body,
    IReadOnlyList<KeyValuePair<string, string>> Form)
{
    /// <summary>Gets the value of a form field, e.g. <c>data[merges][EMAIL]</c>, or <see langword="null"/> when it was not posted.</summary>
    /// <param name="key">The field name.</param>
    /// <returns>The value.</returns>
    public string? Field(string key) => Form.FirstOrDefault(p => p.Key == key) is { Key: not null } pair ? pair.Value : null;
}
