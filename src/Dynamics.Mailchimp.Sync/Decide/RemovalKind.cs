namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>How a member leaves the audience.</summary>
public enum RemovalKind
{
    /// <summary>Archive: reversible, keeps history; re-adding later works.</summary>
    Archive,

    /// <summary>Unsubscribe: the member stays in the audience and receives no campaigns.</summary>
    Unsubscribe,
}
