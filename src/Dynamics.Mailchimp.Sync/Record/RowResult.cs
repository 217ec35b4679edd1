using Dynamics.Mailchimp.Sync.Pull.Decide;

namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>A queue row's final state for this run.</summary>
/// <param name="RowId">The row.</param>
/// <param name="State">The state to write (a <c>QueueItemStates</c> value: Done, Failed, Skipped, Superseded; Pending for held rows).</param>
/// <param name="Outcome">What the job did, or why it skipped (<c>dmc_outcome</c>).</param>
/// <param name="Error">The error for a failure (<c>dmc_lasterror</c>); attempts go up by one.</param>
/// <param name="Attempts">The row's tries before this run (<see cref="Model.QueueRow.Attempts"/>): a Failed row is written with one more.</param>
public sealed record RowResult(Guid RowId, int State, string? Outcome, string? Error, int Attempts = 0)
{
    /// <summary>
    /// Gets the consent log rows (source CRM) of the changes the row carried to Mailchimp (<see cref="PushConsentLog"/>):
    /// written in one change set with the row's outcome and the statuses of the records they name.
    /// </summary>
    public IReadOnlyList<ConsentEvent> ConsentEvents { get; init; } = [];
}
