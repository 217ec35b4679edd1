namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// What a record leaving a tag or interest list does in Mailchimp (<c>dmc_exitaction</c>). Archive and unsubscribe
/// apply only when no other syncing list of the audience holds the address, and count toward the mass-removal rail.
/// </summary>
public enum ListExitAction
{
    /// <summary>The tag is removed or the interest set false; the member stays subscribed (the default).</summary>
    RemoveFromTarget = 0,

    /// <summary>The tag or interest is removed and the member archived.</summary>
    Archive = 1,

    /// <summary>The tag or interest is removed and the member unsubscribed.</summary>
    Unsubscribe = 2,
}
