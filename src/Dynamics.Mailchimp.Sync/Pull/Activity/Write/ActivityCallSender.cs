using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Write;

/// <summary>
/// Sends one call of <see cref="ActivityBatchWriter"/>: a <c>$batch</c> without continue-on-error of [campaign rows,
/// <c>UpsertMultiple</c> of the activity rows, checkpoints]. Dataverse runs the requests in order and stops at the first
/// failure, so a checkpoint is written only if every row before it was, never ahead of its data. <c>UpsertMultiple</c> on
/// a standard table is all or nothing ("Any error that occurs in a bulk operation with a standard table causes the entire
/// operation to roll back"; Microsoft suggests a <c>$batch</c> "to allow the set of operations to fall back if the bulk
/// operation fails": https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations), so a refused chunk
/// goes again as single upserts with continue-on-error: a bad row fails alone and is named, its campaign keeps its
/// checkpoint, and the extra call is spent only then.
/// </summary>
/// <param name="client">The Dataverse client.</param>
/// <param name="batchSize">Operations per fallback <c>$batch</c>.</param>
/// <param name="dryRun">Whether to count the rows as written without sending anything.</param>
internal sealed class ActivityCallSender(IDataverseClient client, int batchSize, bool dryRun)
{
    private readonly ActivityWriteTally _tally = new();

    /// <summary>Gets the Dataverse write calls sent (every <c>$batch</c>, fallbacks included).</summary>
    public int Calls { get; private set; }

    /// <summary>Gets what was written and what was not.</summary>
    public ActivityWriteTally Tally => _tally;

    /// <summary>Sends one call and settles its rows; returns the checkpoints Dataverse did not reach.</summary>
    /// <param name="singles">Campaign rows, sent first.</param>
    /// <param name="targets">Activity rows, sent as one <c>UpsertMultiple</c>.</param>
    /// <param name="checkpoints">Checkpoints, sent last.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The checkpoints to send again in a later call.</returns>
    public async Task<List<PendingWrite>> SendAsync(List<PendingWrite> singles, List<PendingWrite> targets, List<PendingWrite> checkpoints, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            singles.Concat(targets).ToList().ForEach(_tally.Row);
            return [];
        }

        var operations = singles.Select(s => s.Operation!).ToList();
        if (targets.Count > 0)
        {
            operations.Add(BatchOperation.UpsertMultiple(ActivityNames.ActivitySet, ActivityNames.ActivityTable, [.. targets.Select(t => t.Target!)]));
        }

        operations.AddRange(checkpoints.Select(c => c.Operation!));
        var results = (await client.ExecuteBatchAsync(operations, continueOnError: false, cancellationToken).ConfigureAwait(false)).Results;
        Calls++;
        if (results.All(r => r.Outcome == BatchOutcome.NotExecuted))
        {
            // Not sent at all (e.g. no token): nothing was written and sending again would not help.
            singles.Concat(targets).Concat(checkpoints).ToList().ForEach(w => _tally.Fail(w.CampaignId, w.What, results[0]));
            return [];
        }

        var retry = new List<PendingWrite>();
        for (var i = 0; i < singles.Count; i++)
        {
            Settle(singles[i], results[i], retry, isCheckpoint: false);
        }

        if (targets.Count > 0 && results[singles.Count].Succeeded)
        {
            targets.ForEach(_tally.Row);
        }
        else
        {
            // The bulk request failed (or was not reached): all or nothing, so none of its rows was written.
            retry.AddRange(targets);
        }

        var offset = singles.Count + (targets.Count > 0 ? 1 : 0);
        var notReached = new List<PendingWrite>();
        for (var i = 0; i < checkpoints.Count; i++)
        {
            Settle(checkpoints[i], results[offset + i], notReached, isCheckpoint: true);
        }

        await FallBackAsync(retry, cancellationToken).ConfigureAwait(false);
        return notReached;
    }

    private async Task FallBackAsync(List<PendingWrite> rows, CancellationToken cancellationToken)
    {
        for (var start = 0; start < rows.Count; start += batchSize)
        {
            var chunk = rows.GetRange(start, Math.Min(batchSize, rows.Count - start));
            var results = (await client.ExecuteBatchAsync([.. chunk.Select(Single)], continueOnError: true, cancellationToken).ConfigureAwait(false)).Results;
            Calls++;
            for (var i = 0; i < chunk.Count; i++)
            {
                if (results[i].Succeeded)
                {
                    _tally.Row(chunk[i]);
                }
                else
                {
                    _tally.Fail(chunk[i].CampaignId, chunk[i].What, results[i]);
                }
            }
        }
    }

    private void Settle(PendingWrite write, BatchOperationResult result, List<PendingWrite> notReached, bool isCheckpoint)
    {
        if (result.Succeeded && isCheckpoint)
        {
            _tally.Checkpoint(write.CampaignId);
        }
        else if (result.Succeeded)
        {
            _tally.Row(write);
        }
        else if (result.Outcome == BatchOutcome.NotExecuted)
        {
            // Dataverse stopped before it: a campaign row goes with the fallback, a checkpoint waits for the next call.
            notReached.Add(write);
        }
        else
        {
            _tally.Fail(write.CampaignId, write.What, result);
        }
    }

    private static BatchOperation Single(PendingWrite row)
    {
        if (row.Operation is { } operation)
        {
            return operation;
        }

        var body = (JsonObject)row.Target!.DeepClone();
        var id = Guid.Parse(body[ActivityNames.ActivityId]!.GetValue<string>());
        body.Remove(ActivityNames.ActivityId);
        return BatchOperation.Upsert(ActivityNames.ActivitySet, EntityKey.FromId(id), body);
    }
}
