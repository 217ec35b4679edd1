namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>The outcome a pure step gives a queue row on its own (the rest is known after Execute).</summary>
public enum RowOutcomeKind
{
    /// <summary>Nothing to send; the row becomes Skipped with the reason in <c>dmc_outcome</c>.</summary>
    Skipped,

    /// <summary>A later row of the same record replaces this row's effect.</summary>
    Superseded,

    /// <summary>The row cannot be processed until an admin fixes something; it keeps the reason and is retried.</summary>
    Failed,
}
