using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Write;

/// <summary>
/// Queues the rows and decides what each call carries, so that they go in as few calls as Dataverse allows: the
/// campaign rows waiting (single upserts, in front: the rows' campaign lookup needs them), one <c>UpsertMultiple</c> of up
/// to <paramref name="batchSize"/> activity rows, then the checkpoints whose campaign has no row left to send. A full
/// chunk is sent when the next row comes, so the last chunk carries its checkpoint. <see cref="ActivityCallSender"/>
/// sends a call and falls back for a refused chunk; a checkpoint it did not reach waits for the next call.
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
    private readonly ActivityCallSender _sender = new(client, batchSize, dryRun);

    /// <summary>Gets the Dataverse write calls sent (every <c>$batch</c>, fallbacks included).</summary>
    public int Calls => _sender.Calls;

    /// <summary>Gets what was written and what was not.</summary>
    public ActivityWriteTally Tally => _sender.Tally;

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
        while (_singles.Count > 0 || _targets.Count > 0 || _held.Any(h => !Tally.HasFailed(h.CampaignId)))
        {
            if (!await FlushAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        _held.RemoveAll(h => Tally.HasFailed(h.CampaignId));
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

        singles.Concat(targets).ToList().ForEach(r => _unsent[r.CampaignId]--);
        _held.AddRange(await _sender.SendAsync(singles, targets, checkpoints, cancellationToken).ConfigureAwait(false));
        return true;
    }

    private static List<PendingWrite> Take(List<PendingWrite> queue, int count)
    {
        var taken = queue.Take(count).ToList();
        queue.RemoveRange(0, taken.Count);
        return taken;
    }
}
