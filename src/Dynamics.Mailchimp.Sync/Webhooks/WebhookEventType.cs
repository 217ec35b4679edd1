namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>The list webhook events Mailchimp sends (the form's <c>type</c>).</summary>
public enum WebhookEventType
{
    /// <summary><c>subscribe</c>: someone joined the audience.</summary>
    Subscribe,

    /// <summary><c>unsubscribe</c>: someone opted out (or was removed by an admin).</summary>
    Unsubscribe,

    /// <summary><c>profile</c>: someone changed their profile.</summary>
    Profile,

    /// <summary><c>upemail</c>: someone changed their address.</summary>
    EmailChanged,

    /// <summary><c>cleaned</c>: the address bounced or was reported as abuse.</summary>
    Cleaned,

    /// <summary><c>campaign</c>: a campaign was sent.</summary>
    Campaign,
}
