namespace Dynamics.Mailchimp.MailchimpApi.Models.Webhooks;

/// <summary>The events a list webhook is sent for.</summary>
public sealed record WebhookEvents
{
    /// <summary>Gets a value indicating whether subscribes are sent.</summary>
    public bool Subscribe { get; init; }

    /// <summary>Gets a value indicating whether unsubscribes are sent.</summary>
    public bool Unsubscribe { get; init; }

    /// <summary>Gets a value indicating whether profile updates are sent.</summary>
    public bool Profile { get; init; }

    /// <summary>Gets a value indicating whether cleaned addresses are sent.</summary>
    public bool Cleaned { get; init; }

    /// <summary>Gets a value indicating whether email changes are sent.</summary>
    public bool Upemail { get; init; }

    /// <summary>Gets a value indicating whether campaign sends are sent.</summary>
    public bool Campaign { get; init; }
}
