using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Tests.Run.Fakes;

/// <summary>An in-memory queue: the source hands out Pending rows in sequence order; the recorder settles them.</summary>
internal sealed class FakeQueueStore : IQueueSource, IOutcomeRecorder
{
    private readonly List<QueueRow> _pending = [];

    public Dictionary<Guid, RowResult> Settled { get; } = [];

    public List<RecordStatus> Statuses { get; } = [];

    public int Reads { get; private set; }

    public int Records { get; private set; }

    public TaskCompletionSource? RecordGate { get; set; }

    public TaskCompletionSource RecordEntered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a signal set once the first write that settles rows has been applied.</summary>
    public TaskCompletionSource Recorded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets or sets the operations per write (the push writes answered parts as soon as they fill one).</summary>
    public int BatchOperations { get; set; } = 1000;

    /// <summary>Gets or sets the writes Dataverse takes at once (a cycle's last round is spread over these).</summary>
    public int ParallelWrites { get; set; } = 1;

    /// <summary>Gets the record statuses of each write that carried any, in the order they were applied.</summary>
    public List<int> StatusWrites { get; } = [];

    public void Add(params QueueRow[] rows) => _pending.AddRange(rows);

    public Task<QueueBatch> ReadDueAsync(int maxRows, int maxChanges, QueueCursor after, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        QueueRow[] due;
        lock (Settled)
        {
            // The run reads the next cycle while the one before is being recorded.
            Reads++;
            due = _pending.Where(row => !Settled.TryGetValue(row.Id, out var settled) || settled.State == QueueItemStates.Pending)
                .Where(row => after.IsAhead(row.Id, row.Sequence))
                .OrderBy(row => row.Sequence)
                .ToArray();
        }

        var taken = new List<QueueRow>();
        var changes = 0;
        foreach (var row in due)
        {
            taken.Add(row);
            changes += QueueBatch.Changes(row);
            if (taken.Count == maxRows || changes >= maxChanges)
            {
                return Task.FromResult(new QueueBatch(taken, []) { Full = true, Next = Past(after, taken) });
            }
        }

        return Task.FromResult(new QueueBatch(taken, []) { Next = Past(after, taken) });
    }

    public async Task<RecordResult> RecordAsync(IReadOnlyList<RowResult> rows, IReadOnlyList<RecordStatus> records, CancellationToken cancellationToken)
    {
        RecordEntered.TrySetResult();
        if (RecordGate is not null)
        {
            await RecordGate.Task.WaitAsync(cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (Settled)
        {
            Records++;
            foreach (var row in rows)
            {
                Settled[row.RowId] = row;
            }

            Statuses.AddRange(records);
            if (records.Count > 0)
            {
                StatusWrites.Add(records.Count);
            }
        }

        if (rows.Count > 0)
        {
            Recorded.TrySetResult();
        }

        return new RecordResult(rows.Count, records.Count, []);
    }

    private static QueueCursor Past(QueueCursor after, List<QueueRow> taken) => after.Past(taken.Select(row => (row.Id, (long?)row.Sequence)));
}
