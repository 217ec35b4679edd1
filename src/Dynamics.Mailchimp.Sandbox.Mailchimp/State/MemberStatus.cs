namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>The member statuses Mailchimp uses.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-members/</remarks>
public static class MemberStatus
{
    /// <summary>Receives campaigns.</summary>
    public const string Subscribed = "subscribed";

    /// <summary>Opted out.</summary>
    public const string Unsubscribed = "unsubscribed";

    /// <summary>Bounced; set by Mailchimp.</summary>
    public const string Cleaned = "cleaned";

    /// <summary>Awaiting double opt-in confirmation.</summary>
    public const string Pending = "pending";

    /// <summary>Transactional-only contact.</summary>
    public const string Transactional = "transactional";

    /// <summary>Archived (deleted); read-only, never accepted in a write.</summary>
    public const string Archived = "archived";

    /// <summary>Gets the statuses a write may set; <see cref="Cleaned"/> is set by Mailchimp only, on bounces.</summary>
    public static IReadOnlySet<string> Writable { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Subscribed, Unsubscribed, Pending, Transactional,
    };

    /// <summary>Gets every status, for the <c>status</c> read filter.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Subscribed, Unsubscribed, Cleaned, Pending, Transactional, Archived,
    };
}
