using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>The keys of <see cref="PushSummary.Rows"/>: the state a row was left in.</summary>
public static class RowCounts
{
    /// <summary>Done.</summary>
    public const string Done = "done";

    /// <summary>Failed.</summary>
    public const string Failed = "failed";

    /// <summary>Skipped.</summary>
    public const string Skipped = "skipped";

    /// <summary>Superseded.</summary>
    public const string Superseded = "superseded";

    /// <summary>Left pending (held by the rail).</summary>
    public const string Pending = "pending";

    /// <summary>The key for a <c>dmc_state</c> value.</summary>
    public static string For(int state) => state switch
    {
        QueueItemStates.Done => Done,
        QueueItemStates.Failed => Failed,
        QueueItemStates.Skipped => Skipped,
        QueueItemStates.Superseded => Superseded,
        _ => Pending,
    };
}
