namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>
/// Record: writes each row's final state and each record's Mailchimp member id and status back to Dataverse, in
/// <c>$batch</c> writes tagged so the plug-ins do not queue them again. Returns per-item results.
/// </summary>
public interface IOutcomeRecorder
{
    /// <summary>Writes the row results and the record statuses.</summary>
    Task<RecordResult> RecordAsync(IReadOnlyList<RowResult> rows, IReadOnlyList<RecordStatus> records, CancellationToken cancellationToken);
}
