using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Write;

/// <summary>
/// Buffers upserts and sends them in <c>$batch</c> calls of at most <paramref name="batchSize"/> operations with
/// continue-on-error, so one bad row fails alone and is reported by name. A campaign's checkpoint is held back until
/// every one of its rows was sent in an earlier call and succeeded, then rides at the front of the next call: a
/// checkpoint is never ahead of its data and costs no call of its own (see <see cref="FinishAsync"/> for the last ones).
/// </summary>
/// <param name="client">The Dataverse client (the job's write tag, so the plug-ins ignore the writes).</param>
/// <param name="batchSize">Operations per call, at most 1,000.</param>
/// <param name="dryRun">Whether to count the rows as written without sending anything.</param>
internal sealed class ActivityBatchWriter(IDataverseClient client, int batchSize, bool dryRun = false)
{
    private readonly List<(BatchOperation Operation, string CampaignId, string What, ActivityAction? Action)> _buffer = [];
    private readonly Dictionary<string, int> _unsent = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failedCampaigns = new(StringComparer.Ordinal);
    private readonly List<(string CampaignId, BatchOperation Operation)> _held = [];
    private readonly List<string> _failures = [];
    private readonly List<string> _checkpointed = [];
    private readonly Dictionary<ActivityAction, int> _written = [];

    /// <summary>Gets the <c>$batch</c> calls sent.</summary>
    public int Calls { get; private set; }

    /// <summary>Gets the rows written (checkpoints not counted).</summary>
    public int RowsWritten { get; private set; }

    /// <summary>Gets the activity rows written, per action.</summary>
    public IReadOnlyDictionary<ActivityAction, int> Written => _written;

    /// <summary>Gets the campaigns whose checkpoint was committed.</summary>
    public IReadOnlyList<string> Checkpointed => _checkpointed;

    /// <summary>Gets one sentence per row that was not written, naming it.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Adds a row; sends a call when the buffer is full.</summary>
    /// <param name="operation">The upsert.</param>
    /// <param name="campaignId">The campaign it belongs to.</param>
    /// <param name="what">Names the row in a failure.</param>
    /// <param name="action">The action of an activity row, counted when written; <see langword="null"/> for a campaign row.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public async Task AddAsync(BatchOperation operation, string campaignId, string what, ActivityAction? action, CancellationToken cancellationToken)
    {
        _buffer.Add((operation, campaignId, what, action));
        _unsent[campaignId] = _unsent.GetValueOrDefault(campaignId) + 1;
        if (_buffer.Count + Ready().Count >= batchSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every row of <paramref name="campaignId"/> was added: its checkpoint follows once they are committed.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="checkpoint">The checkpoint upsert.</param>
    public void Complete(string campaignId, BatchOperation checkpoint) => _held.Add((campaignId, checkpoint));

    /// <summary>
    /// Sends what is buffered and the held checkpoints. When the last rows and the checkpoints fit in one call, the
    /// checkpoints go after the rows in a call without continue-on-error: Dataverse stops at the first failure, so a
    /// checkpoint is written only if every row before it was, and the end costs no call of its own.
    /// </summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>A task.</returns>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Ready();
            if (_buffer.Count > 0 && _buffer.Count + _held.Count <= batchSize)
            {
                var rows = _buffer.ToList();
                _buffer.Clear();
                var last = _held.ToList();
                _held.Clear();
                await SendAsync([], rows, last, continueOnError: false, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (_buffer.Count == 0 && Ready().Count == 0)
            {
                return;
            }

            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private List<(string CampaignId, BatchOperation Operation)> Ready()
    {
        _held.RemoveAll(h => _failedCampaigns.Contains(h.CampaignId));
        return _held.Where(h => _unsent.GetValueOrDefault(h.CampaignId) == 0).ToList();
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var checkpoints = Ready().Take(batchSize).ToList();
        var rows = _buffer.Take(batchSize - checkpoints.Count).ToList();
        _buffer.RemoveRange(0, rows.Count);
        checkpoints.ForEach(c => _held.Remove(c));
        await SendAsync(checkpoints, rows, [], continueOnError: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendAsync(
        List<(string CampaignId, BatchOperation Operation)> before,
        List<(BatchOperation Operation, string CampaignId, string What, ActivityAction? Action)> rows,
        List<(string CampaignId, BatchOperation Operation)> after,
        bool continueOnError,
        CancellationToken cancellationToken)
    {
        var operations = before.Select(c => c.Operation).Concat(rows.Select(r => r.Operation)).Concat(after.Select(c => c.Operation)).ToList();
        if (operations.Count == 0)
        {
            return;
        }

        if (dryRun)
        {
            foreach (var row in rows)
            {
                _unsent[row.CampaignId]--;
                Count(row.Action, isRow: true, row.CampaignId);
            }

            return;
        }

        var result = await client.ExecuteBatchAsync(operations, continueOnError, cancellationToken).ConfigureAwait(false);
        Calls++;
        foreach (var item in result.Results)
        {
            var rowIndex = item.Index - before.Count;
            var isRow = rowIndex >= 0 && rowIndex < rows.Count;
            var checkpoint = isRow ? default : (rowIndex < 0 ? before[item.Index] : after[rowIndex - rows.Count]);
            var (campaignId, what) = isRow
                ? (rows[rowIndex].CampaignId, rows[rowIndex].What)
                : (checkpoint.CampaignId, "the activity checkpoint of campaign " + checkpoint.CampaignId);
            if (isRow)
            {
                _unsent[campaignId]--;
            }

            if (item.Succeeded)
            {
                Count(isRow ? rows[rowIndex].Action : null, isRow, campaignId);
                continue;
            }

            _failedCampaigns.Add(campaignId);
            var error = item.Error is { } dataverse && !string.IsNullOrEmpty(dataverse.Message)
                ? $"{dataverse.Code} {dataverse.Message}".Trim()
                : $"{item.Outcome} ({(int?)item.StatusCode})";
            _failures.Add($"{what} was not written: {error}");
        }
    }

    private void Count(ActivityAction? action, bool isRow, string campaignId)
    {
        if (!isRow)
        {
            _checkpointed.Add(campaignId);
            return;
        }

        RowsWritten++;
        if (action is { } written)
        {
            _written[written] = _written.GetValueOrDefault(written) + 1;
        }
    }
}
