namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>What the record step wrote, and what it could not (per item, with Dataverse's error).</summary>
/// <param name="RowsWritten">Rows written.</param>
/// <param name="RecordsWritten">Records written.</param>
/// <param name="Failures">Items Dataverse refused: the row, record or consent event id and the error.</param>
public sealed record RecordResult(int RowsWritten, int RecordsWritten, IReadOnlyList<(Guid Id, string Error)> Failures)
{
    /// <summary>Gets the consent log rows (source CRM) written.</summary>
    public int ConsentEventsWritten { get; init; }
}
