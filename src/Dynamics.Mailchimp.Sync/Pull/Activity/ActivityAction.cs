namespace Dynamics.Mailchimp.Sync.Pull.Activity;

/// <summary>What a recipient's email did; the values of the <c>dmc_action</c> choice (solution/src/Entities/dmc_emailactivity).</summary>
public enum ActivityAction
{
    /// <summary>Sent (the campaign's send time).</summary>
    Sent = 100000000,

    /// <summary>Opened.</summary>
    Open = 100000001,

    /// <summary>Clicked a link.</summary>
    Click = 100000002,

    /// <summary>Bounced, hard.</summary>
    HardBounce = 100000003,

    /// <summary>Bounced, soft.</summary>
    SoftBounce = 100000004,

    /// <summary>Unsubscribed from the campaign.</summary>
    Unsubscribe = 100000005,
}
