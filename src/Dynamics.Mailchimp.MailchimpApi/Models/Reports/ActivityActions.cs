namespace Dynamics.Mailchimp.MailchimpApi.Models.Reports;

/// <summary>Values of <see cref="ActivityEvent.Action"/> and bounce types.</summary>
public static class ActivityActions
{
    /// <summary>An open.</summary>
    public const string Open = "open";

    /// <summary>A click.</summary>
    public const string Click = "click";

    /// <summary>A bounce.</summary>
    public const string Bounce = "bounce";

    /// <summary>A hard bounce type (also a sent-to status).</summary>
    public const string HardBounce = "hard";

    /// <summary>A soft bounce type (also a sent-to status).</summary>
    public const string SoftBounce = "soft";
}
