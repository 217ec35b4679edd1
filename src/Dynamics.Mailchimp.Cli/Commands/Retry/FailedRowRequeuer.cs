using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Cli.Commands.Retry;

/// <summary>
/// Puts Failed rows back in the queue: state Pending, attempts 0, so the next push takes them at once (no backoff) and
/// tries them the full <c>MaxAttempts</c> again. <c>dmc_lasterror</c> is kept, so the reason stays readable until the
/// next push overwrites it (Done clears it, a new failure replaces it). Reads the ids (one call per 5,000 rows), then
/// writes ETag-guarded updates in <c>$batch</c> requests of the client's <c>MaxBatchOperations</c> (1,000 for the job),
/// carrying the client's write tag so the plug-ins queue nothing. A row a running push recorded between the read and
/// the write answers 412 and is left as that push wrote it.
/// </summary>
/// <param name="client">The Dataverse client.</param>
public sealed class FailedRowRequeuer(IDataverseClient client)
{
    private static readonly string[] Columns = [QueueItemFields.QueueItemId];

    /// <summary>Re-queues the rows <paramref name="filter"/> selects, or only counts them.</summary>
    /// <param name="filter">Which Failed rows.</param>
    /// <param name="dryRun">Count only.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>What was done.</returns>
    public async Task<RetryResult> RequeueAsync(RetryFilter filter, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new DataverseQuery(ClaimWebApiNames.QueueItemSet)
        {
            Select = Columns,
            Filter = filter.ToODataFilter(),
            PageSize = DataverseQueueSource.PageSize,
        };
        var rows = new List<(Guid Id, string ETag)>();
        await foreach (var row in client.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            rows.Add((row.GetProperty(QueueItemFields.QueueItemId).GetGuid(), JsonRows.Text(row, ClaimWebApiNames.ETag) ?? "*"));
        }

        if (dryRun || rows.Count == 0)
        {
            return new RetryResult(rows.Count, 0, 0, [], dryRun);
        }

        var operations = rows.Select(row => BatchOperation.Update(ClaimWebApiNames.QueueItemSet, row.Id, Requeue(), row.ETag)).ToList();
        var result = await client.ExecuteBatchAsync(operations, continueOnError: true, cancellationToken).ConfigureAwait(false);
        int requeued = 0, changed = 0;
        var failures = new List<string>();
        foreach (var item in result.Results)
        {
            switch (item.Outcome)
            {
                case BatchOutcome.Succeeded:
                    requeued++;
                    break;
                case BatchOutcome.PreconditionFailed or BatchOutcome.NotFound:
                    changed++;
                    break;
                default:
                    var error = item.Error is { } dataverse && !string.IsNullOrEmpty(dataverse.Message) ? $"{dataverse.Code} {dataverse.Message}".Trim() : item.Outcome.ToString();
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"queue row {rows[item.Index].Id:D} was not re-queued: {error}"));
                    break;
            }
        }

        return new RetryResult(rows.Count, requeued, changed, failures, DryRun: false);
    }

    private static JsonObject Requeue() => new()
    {
        [QueueItemFields.State] = QueueItemStates.Pending,
        [QueueItemFields.Attempts] = 0,
    };
}
