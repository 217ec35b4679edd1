using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Pull.Record;

namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>
/// Writes row results and record statuses as <c>PATCH … If-Match: *</c> updates in <c>$batch</c> requests with
/// <c>Prefer: odata.continue-on-error</c>: one bad item fails alone. Rows and records share the batches, so the cost is
/// ceil((rows + records + consent events) / MaxBatchOperations) calls. A row that carries consent events
/// (<see cref="RowResult.ConsentEvents"/>) is written in one change set with them and the statuses of the records they
/// name, so the log is never committed without the row's outcome or the other way round; the events are upserts under
/// an id derived from the row (<see cref="ConsentEventRows.Id"/>), so a replayed row rewrites them instead of adding
/// them again. Two settings of the Dataverse client matter and are the job's to set: <c>MaxBatchOperations</c> =
/// 1,000 (Dataverse's limit; the client's default is 100) and <c>WriteTag</c> left at its default <c>dmc-sync</c>,
/// which the client puts on every inner write so the plug-ins queue none of them.
/// </summary>
public sealed class DataverseOutcomeRecorder : IOutcomeRecorder
{
    /// <summary>
    /// The largest change set written (the client's default batch size, so any configuration fits it). A row with more
    /// events than that (a bulk row of many re-permission requests) is written without a change set: its events still
    /// upsert under derived ids, so a replay duplicates nothing.
    /// </summary>
    public const int MaxChangeSetOperations = 100;

    private readonly IDataverseClient _client;

    /// <summary>Creates the recorder.</summary>
    /// <param name="client">The Dataverse client (MaxBatchOperations 1,000, the default write tag).</param>
    /// <param name="batchOperations">The client's <c>MaxBatchOperations</c> (<see cref="BatchOperations"/>).</param>
    /// <param name="parallelWrites">The client's <c>MaxConcurrentRequests</c> (<see cref="ParallelWrites"/>).</param>
    public DataverseOutcomeRecorder(IDataverseClient client, int batchOperations = DataverseConstants.MaxBatchOperationsLimit, int parallelWrites = DataverseConstants.DefaultMaxConcurrentRequests)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        ArgumentOutOfRangeException.ThrowIfLessThan(batchOperations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelWrites, 1);
        BatchOperations = batchOperations;
        ParallelWrites = parallelWrites;
    }

    /// <inheritdoc/>
    public int BatchOperations { get; }

    /// <inheritdoc/>
    public int ParallelWrites { get; }

    private enum ItemKind
    {
        Row,
        Record,
        ConsentEvent,
    }

    /// <inheritdoc/>
    public async Task<RecordResult> RecordAsync(IReadOnlyList<RowResult> rows, IReadOnlyList<RecordStatus> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(records);
        if (rows.Count + records.Count == 0)
        {
            return new RecordResult(0, 0, []);
        }

        var operations = new List<BatchOperation>(rows.Count + records.Count);
        var items = new List<(ItemKind Kind, Guid Id, string What)>(rows.Count + records.Count);
        var (units, loose) = OutcomeUnit.Group(rows, records);
        for (var i = 0; i < units.Count; i++)
        {
            var row = units[i].Row;
            var unit = new List<(BatchOperation Operation, (ItemKind, Guid, string) Item)> { (RowUpdate(row), RowItem(row)) };
            unit.AddRange(units[i].Named.Select(status => (RecordUpdate(status), RecordItem(status))));
            foreach (var consentEvent in row.ConsentEvents)
            {
                var id = ConsentEventRows.Id(row.RowId, consentEvent);
                unit.Add((ConsentEventRows.Upsert(row.RowId, consentEvent), (ItemKind.ConsentEvent, id, $"consent event {id:D} ({consentEvent.Summary()})")));
            }

            var changeSet = unit.Count > 1 && unit.Count <= MaxChangeSetOperations ? "outcome-" + i.ToString(CultureInfo.InvariantCulture) : null;
            operations.AddRange(unit.Select(u => u.Operation with { ChangeSet = changeSet }));
            items.AddRange(unit.Select(u => u.Item));
        }

        operations.AddRange(loose.Select(RecordUpdate));
        items.AddRange(loose.Select(RecordItem));

        var result = await _client.ExecuteBatchAsync(operations, continueOnError: true, cancellationToken).ConfigureAwait(false);
        return Summarize(result, items);
    }

    private static RecordResult Summarize(BatchResult result, List<(ItemKind Kind, Guid Id, string What)> items)
    {
        var failures = new List<(Guid Id, string Error)>();
        int rowsWritten = 0, recordsWritten = 0, eventsWritten = 0;
        foreach (var item in result.Results)
        {
            var (kind, id, what) = items[item.Index];
            if (item.Succeeded)
            {
                _ = kind switch
                {
                    ItemKind.Row => rowsWritten++,
                    ItemKind.Record => recordsWritten++,
                    _ => eventsWritten++,
                };
                continue;
            }

            var error = item.Error is { } dataverse && !string.IsNullOrEmpty(dataverse.Message)
                ? $"{dataverse.Code} {dataverse.Message}".Trim()
                : $"{item.Outcome} ({(int?)item.StatusCode})";
            failures.Add((id, $"{what} was not written: {error}"));
        }

        return new RecordResult(rowsWritten, recordsWritten, failures) { ConsentEventsWritten = eventsWritten };
    }

    private static (ItemKind, Guid, string) RowItem(RowResult row) =>
        (ItemKind.Row, row.RowId, string.Create(CultureInfo.InvariantCulture, $"queue row {row.RowId:D}"));

    private static (ItemKind, Guid, string) RecordItem(RecordStatus status) => (ItemKind.Record, status.Record.Id, status.Record.ToString());

    private static BatchOperation RowUpdate(RowResult row)
    {
        var changes = new JsonObject
        {
            [QueueItemFields.State] = row.State,
            [QueueItemFields.Outcome] = row.Outcome,
            [QueueItemFields.LastError] = row.Error,
        };
        if (row.State == QueueItemStates.Failed)
        {
            changes[QueueItemFields.Attempts] = row.Attempts + 1;
        }

        return BatchOperation.Update(ClaimWebApiNames.QueueItemSet, row.RowId, changes);
    }

    private static BatchOperation RecordUpdate(RecordStatus status)
    {
        var changes = new JsonObject
        {
            [MemberFields.MailchimpMemberId] = status.MemberId,
            [MemberFields.MailchimpStatus] = status.OptionValue(),
            [MemberFields.MailchimpLastChanged] = WebApiDates.Format(status.ChangedOn),
        };
        return BatchOperation.Update(RecordWebApiNames.EntitySet(status.Record.Table), status.Record.Id, changes);
    }
}
