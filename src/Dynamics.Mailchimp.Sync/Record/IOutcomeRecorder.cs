namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>
/// Record: writes each row's final state and each record's Mailchimp member id and status back to Dataverse, in
/// <c>$batch</c> writes tagged so the plug-ins do not queue them again. Returns per-item results.
/// </summary>
public interface IOutcomeRecorder
{
    /// <summary>Writes the row results and the record statuses.</summary>
    Task<RecordResult> RecordAsync(IReadOnlyList<RowResult> rows, IReadOnlyList<RecordStatus> records, CancellationToken cancellationToken);

    /// <summary>
    /// Gets how many operations (a row, a record status, a consent event) one write request carries; while a cycle is
    /// still being sent, its answered parts are written as soon as they fill whole requests (<see cref="Run.OutcomeStream"/>).
    /// </summary>
    int BatchOperations => Dataverse.DataverseConstants.MaxBatchOperationsLimit;

    /// <summary>Gets how many write requests Dataverse takes at once: a cycle's last outcomes are spread over as many (<see cref="Run.OutcomeTail"/>).</summary>
    int ParallelWrites => 1;
}
