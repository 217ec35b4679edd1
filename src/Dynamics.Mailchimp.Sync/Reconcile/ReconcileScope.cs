namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>Which synced lists a reconciliation compares.</summary>
public enum ReconcileScope
{
    /// <summary>Nothing (dynamic lists switched off and no static reconciliation due).</summary>
    None,

    /// <summary>The dynamic lists: every sync.</summary>
    DynamicLists,

    /// <summary>Every synced list, static and dynamic: <c>sync --full</c>, a due scheduled reconciliation, and <c>drift</c>.</summary>
    AllLists,
}
