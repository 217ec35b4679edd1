namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>What leaving an audience-mapped list does to the Mailchimp member.</summary>
public enum LeaveAction
{
    /// <summary>Archive the member (<c>DELETE …/members/{hash}</c>): reversible, keeps its history. The default.</summary>
    Archive,

    /// <summary>Set the member to <c>unsubscribed</c>.</summary>
    Unsubscribe,
}
