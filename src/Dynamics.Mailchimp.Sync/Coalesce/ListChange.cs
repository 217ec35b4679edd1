namespace Dynamics.Mailchimp.Sync.Coalesce;

/// <summary>The net change of one record's membership of one list in a run (the last event wins).</summary>
public enum ListChange
{
    /// <summary>The record joined the list.</summary>
    Joined,

    /// <summary>The record left the list.</summary>
    Left,

    /// <summary>A full resync re-evaluates the membership.</summary>
    Reevaluated,
}
