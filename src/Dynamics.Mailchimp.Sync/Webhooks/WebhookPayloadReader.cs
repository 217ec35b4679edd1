using System.Globalization;

namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>Reads a list webhook's form into a <see cref="WebhookEvent"/>. Pure.</summary>
public static class WebhookPayloadReader
{
    private const string FiredAtFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Reads the event.</summary>
    /// <param name="form">The form's keys and values (a repeated key keeps its first value).</param>
    /// <returns>The event.</returns>
    /// <exception cref="WebhookPayloadException">A key the event type needs is missing, or the type or time is not Mailchimp's.</exception>
    public static WebhookEvent Read(IEnumerable<KeyValuePair<string, string>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in form)
        {
            values.TryAdd(key, value);
        }

        var typeText = Required(values, WebhookFormNames.Type);
        if (!WebhookFormNames.Types.TryGetValue(typeText, out var type))
        {
            throw new WebhookPayloadException($"The webhook type '{Clip(typeText)}' is not one of Mailchimp's list events ({string.Join(", ", WebhookFormNames.Types.Keys)}).");
        }

        var firedAtText = Required(values, WebhookFormNames.FiredAt);
        if (!DateTime.TryParseExact(firedAtText, FiredAtFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var firedAt))
        {
            throw new WebhookPayloadException($"The webhook's {WebhookFormNames.FiredAt} '{Clip(firedAtText)}' is not a time in the form {FiredAtFormat}.");
        }

        var audienceId = Required(values, WebhookFormNames.ListId);
        var email = type switch
        {
            WebhookEventType.Campaign => null,
            WebhookEventType.EmailChanged => Required(values, WebhookFormNames.NewEmail),
            _ => Required(values, WebhookFormNames.Email),
        };
        return new WebhookEvent(type, audienceId, new DateTimeOffset(firedAt, TimeSpan.Zero), email?.Trim())
        {
            OldEmail = type == WebhookEventType.EmailChanged ? Required(values, WebhookFormNames.OldEmail).Trim() : null,
            Reason = Optional(values, WebhookFormNames.Reason),
            CampaignId = type == WebhookEventType.Campaign ? Required(values, WebhookFormNames.Id) : Optional(values, WebhookFormNames.CampaignId),
        };
    }

    private static string Required(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw new WebhookPayloadException($"The webhook form has no '{key}'.");

    private static string? Optional(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
