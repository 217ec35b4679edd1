using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Write;

/// <summary>
/// Sends the rows in as few calls as Dataverse allows: each call is one <c>$batch</c> without continue-on-error holding
/// the campaign rows waiting (single upserts), then one <c>UpsertMultiple</c> of up to <paramref name="batchSize"/>
/// activity rows (one request inside the <c>$batch</c>), then the checkpoints whose campaign has no row left to send.
/// Dataverse stops a <c>$batch</c> at its first failure, so a checkpoint is written only if every row before it was, and
/// never ahead of its data. <c>UpsertMultiple</c> on a standard table is all or nothing: when it fails, that chunk is sent
/// again as single upserts in a <c>$batch</c> with continue-on-error, so a bad row fails alone and is named, and its
/// campaign keeps its checkpoint (extra calls only then). See
/// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations ("On Error behavior with standard tables").
/// </summary>
/// <param name="client">The Dataverse client (the job's write tag, so the plug-ins ignore the writes).</param>
/// <param name="batchSize">Activity rows per call and operations per <c>$batch</c>, at most 1,000.</param>
/// <param name="dryRun">Whether to count the rows as written without sending anything.</param>
internal sealed class ActivityBatchWriter(IDataverseClient client, int batchSize, bool dryRun = false)
{
    private readonly List<PendingWrite> _singles = [];
    private readonly List<PendingWrite> _targets = [];
    private readonly List<PendingWrite> _held = [];
    private readonly Dictionary<string, int> _unsent = new(StringComparer.Ordinal);
    private readonly ActivityWriteTally _tally = new();

    /// <summary>Gets the Dataverse write calls sent (every <c>$batch</c>, fallbacks included).</summary>
    public int Calls { get; private set; }

    /// <summary>Gets what was written and what was not.</summary>
    public ActivityWriteTally Tally => _tally;

    private int ExtrasPerCall => Math.Max(1, batchSize - 1);

    /// <summary>Adds a campaign row; it rides at the front of the next call (its rows' lookup needs it first).</summary>
    /// <param name="upsert">The campaign row's upsert.</param>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="cancellationToken">Cancels the call, if one is sent.</param>
    /// <returns>A task.</returns>
    public async Task AddCampaignAsync(BatchOperation upsert, string campaignId, CancellationToken cancellationToken)
    {
        if (_singles.Count >= ExtrasPerCall)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        _singles.Add(new PendingWrite(campaignId, $"campaign {campaignId}", null, upsert, null));
        _unsent[campaignId] = _unsent.GetValueOrDefault(campaignId) + 1;
    }

    /// <summary>Adds an activity row; a call is sent when <c>batchSize</c> of them already wait.</summary>
    /// <param name="target">The row with its primary key (<see cref="ActivityRows.Activity"/>).</param>
    /// <param name="campaignId">The campaign it belongs to.</param>
    /// <param name="what">Names the row in a failure.</param>
    /// <param name="action">Its action, counted when written.</param>
    /// <param name="cancellationToken">Cancels the call, if one is sent.</param>
    /// <returns>A task.</returns>
    public async Task AddActivityAsync(JsonObject target, string campaignId, string what, ActivityAction action, CancellationToken cancellationToken)
    {
        // A full chunk is sent when the next row comes, not when it fills: the last chunk waits for its checkpoint.
        if (_targets.Count >= batchSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        _targets.Add(new PendingWrite(campaignId, what, action, null, target));
        _unsent[campaignId] = _unsent.GetValueOrDefault(campaignId) + 1;
    }

    /// <summary>Every row of <paramref name="campaignId"/> was added: its checkpoint rides with (after) its last rows.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="checkpoint">The checkpoint upsert.</param>
    public void Complete(string campaignId, BatchOperation checkpoint) =>
        _held.Add(new PendingWrite(campaignId, "the activity checkpoint of campaign " + campaignId, null, checkpoint, null));

    /// <summary>Sends what waits, the last checkpoints riding after the last rows.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>A task.</returns>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        while (_singles.Count > 0 || _targets.Count > 0 || _held.Any(h => !_tally.HasFailed(h.CampaignId)))
        {
            if (!await FlushAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        _held.RemoveAll(h => _tally.HasFailed(h.CampaignId));
        var singles = Take(_singles, ExtrasPerCall);
        var targets = Take(_targets, batchSize);
        var sending = singles.Concat(targets).CountBy(r => r.CampaignId).ToDictionary(StringComparer.Ordinal);
        var room = singles.Count + targets.Count == 0 ? 1 : Math.Max(0, ExtrasPerCall - singles.Count);
        var checkpoints = _held.Where(h => _unsent.GetValueOrDefault(h.CampaignId) == sending.GetValueOrDefault(h.CampaignId)).Take(room).ToList();
        checkpoints.ForEach(c => _held.Remove(c));
        if (singles.Count + targets.Count + checkpoints.Count == 0)
        {
            return false;
        }

        await SendAsync(singles, targets, checkpoints, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task SendAsync(List<PendingWrite> singles, List<PendingWrite> targets, List<PendingWrite> checkpoints, CancellationToken cancellationToken)
    {
        singles.Concat(targets).ToList().ForEach(r => _unsent[r.CampaignId]--);
        if (dryRun)
        {
            singles.Concat(targets).ToList().ForEach(_tally.Row);
            return;
        }

        var operations = singles.Select(s => s.Operation!).ToList();
        if (targets.Count > 0)
        {
            operations.Add(BatchOperation.UpsertMultiple(ActivityNames.ActivitySet, ActivityNames.ActivityTable, [.. targets.Select(t => t.Target!)]));
        }

        operations.AddRange(checkpoints.Select(c => c.Operation!));
        var results = (await client.ExecuteBatchAsync(operations, continueOnError: false, cancellationToken).ConfigureAwait(false)).Results;
        Calls++;
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
        for (var i = 0; i < checkpoints.Count; i++)
        {
            Settle(checkpoints[i], results[offset + i], _held, isCheckpoint: true);
        }

        await FallBackAsync(retry, cancellationToken).ConfigureAwait(false);
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

    private static List<PendingWrite> Take(List<PendingWrite> queue, int count)
    {
        var taken = queue.Take(count).ToList();
        queue.RemoveRange(0, taken.Count);
        return taken;
    }
}
