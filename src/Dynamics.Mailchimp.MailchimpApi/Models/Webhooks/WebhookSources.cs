namespace Dynamics.Mailchimp.MailchimpApi.Models.Webhooks;

/// <summary>Whose changes a list webhook is sent for.</summary>
public sealed record WebhookSources
{
    /// <summary>Gets a value indicating whether changes made by the subscriber are sent.</summary>
    public bool User { get; init; }

    /// <summary>Gets a value indicating whether changes made by an account admin are sent.</summary>
    public bool Admin { get; init; }

    /// <summary>Gets a value indicating whether changes made through the API are sent (off for the connector's own webhook, so its writes never come back).</summary>
    public bool Api { get; init; }
}
