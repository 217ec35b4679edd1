using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>
/// Creates the correction rows (<see cref="CorrectionRows"/>) in <c>$batch</c> calls of up to the client's
/// <c>MaxBatchOperations</c>, continuing on error so one refused row never keeps the others out. A list whose rows
/// are all refused reports the first error; the next reconciliation finds the same drift again, so nothing is lost.
/// </summary>
/// <param name="client">The Dataverse client.</param>
/// <param name="time">The job's clock.</param>
/// <param name="runId">The run's id, carried as the rows' correlation id.</param>
public sealed class DataverseCorrectionQueue(IDataverseClient client, TimeProvider time, Guid runId) : ICorrectionQueue
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CorrectionResult>> QueueAsync(IReadOnlyList<ListDrift> drifts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drifts);
        var entitySet = Claim.ClaimWebApiNames.QueueItemSet;
        var now = time.GetUtcNow().UtcDateTime;
        var rows = drifts.Select(drift => (Drift: drift, Rows: CorrectionRows.For(drift, runId, now))).ToArray();
        var operations = rows.SelectMany(r => r.Rows.Select(row => BatchOperation.Create(entitySet, row))).ToArray();
        if (operations.Length == 0)
        {
            return rows.Select(r => new CorrectionResult(r.Drift.List, 0, null)).ToArray();
        }

        var result = await client.ExecuteBatchAsync(operations, continueOnError: true, cancellationToken).ConfigureAwait(false);
        var results = new List<CorrectionResult>();
        var offset = 0;
        foreach (var (drift, listRows) in rows)
        {
            var mine = result.Results.Skip(offset).Take(listRows.Count).ToArray();
            offset += listRows.Count;
            var failed = mine.FirstOrDefault(r => !r.Succeeded);
            results.Add(new CorrectionResult(
                drift.List,
                mine.Count(r => r.Succeeded),
                failed is null ? null : $"{mine.Count(r => !r.Succeeded)} correction row(s) of {drift.List.Describe()} were not queued: {failed.Error?.Message ?? failed.Outcome.ToString()}"));
        }

        return results;
    }
}
