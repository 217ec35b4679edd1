using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>
/// Writes row results and record statuses as <c>PATCH … If-Match: *</c> updates in <c>$batch</c> requests with
/// <c>Prefer: odata.continue-on-error</c>: one bad item fails alone. Rows and records share the batches, so the cost is
/// ceil((rows + records) / MaxBatchOperations) calls. Two settings of the Dataverse client matter and are the job's to
/// set: <c>MaxBatchOperations</c> = 1,000 (Dataverse's limit; the client's default is 100) and <c>WriteTag</c> left at
/// its default <c>dmc-sync</c>, which the client puts on every inner write so the plug-ins queue none of them.
/// </summary>
public sealed class DataverseOutcomeRecorder : IOutcomeRecorder
{
    private readonly IDataverseClient _client;

    /// <summary>Creates the recorder.</summary>
    /// <param name="client">The Dataverse client (MaxBatchOperations 1,000, the default write tag).</param>
    public DataverseOutcomeRecorder(IDataverseClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

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
        operations.AddRange(rows.Select(RowUpdate));
        operations.AddRange(records.Select(RecordUpdate));
        var result = await _client.ExecuteBatchAsync(operations, continueOnError: true, cancellationToken).ConfigureAwait(false);

        var failures = new List<(Guid Id, string Error)>();
        int rowsWritten = 0, recordsWritten = 0;
        foreach (var item in result.Results)
        {
            var isRow = item.Index < rows.Count;
            if (item.Succeeded)
            {
                _ = isRow ? rowsWritten++ : recordsWritten++;
                continue;
            }

            var (id, what) = isRow
                ? (rows[item.Index].RowId, string.Create(CultureInfo.InvariantCulture, $"queue row {rows[item.Index].RowId:D}"))
                : (records[item.Index - rows.Count].Record.Id, records[item.Index - rows.Count].Record.ToString());
            var error = item.Error is { } dataverse && !string.IsNullOrEmpty(dataverse.Message)
                ? $"{dataverse.Code} {dataverse.Message}".Trim()
                : $"{item.Outcome} ({(int?)item.StatusCode})";
            failures.Add((id, $"{what} was not written: {error}"));
        }

        return new RecordResult(rowsWritten, recordsWritten, failures);
    }

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
            [MemberFields.MailchimpStatus] = MailchimpStatusOptions.ToOptionValue(status.Status),
            [MemberFields.MailchimpLastChanged] = WebApiDates.Format(status.ChangedOn),
        };
        return BatchOperation.Update(RecordWebApiNames.EntitySet(status.Record.Table), status.Record.Id, changes);
    }
}
