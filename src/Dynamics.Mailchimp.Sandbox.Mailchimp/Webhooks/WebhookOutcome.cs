namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>How one delivery attempt ended.</summary>
public enum WebhookOutcome
{
    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>The receiver answered with another status.</summary>
    Failed,

    /// <summary>The receiver took longer than 10 seconds; the request was cancelled.</summary>
    TimedOut,

    /// <summary>No connection (refused, reset, unknown host).</summary>
    Unreachable,
}
