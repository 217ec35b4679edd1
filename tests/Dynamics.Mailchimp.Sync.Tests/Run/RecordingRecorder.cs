using System.Threading.Channels;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Tests.Run;

/// <summary>
/// An outcome recorder that keeps what it is asked to write, and hands each write to a channel as it starts. With a
/// <see cref="Gate"/>, every write waits for it before it is committed (kept in <see cref="Rows"/> and
/// <see cref="Committed"/>); <see cref="Fails"/> makes a write throw instead.
/// </summary>
internal sealed class RecordingRecorder(int batchOperations) : IOutcomeRecorder
{
    private readonly object _gate = new();

    public int BatchOperations { get; } = batchOperations;

    /// <summary>Gets or sets what every write waits for before it is committed; null commits at once.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Gets or sets which writes throw instead of committing.</summary>
    public Func<Settlement, bool> Fails { get; set; } = static _ => false;

    public Channel<Settlement> Written { get; } = Channel.CreateUnbounded<Settlement>();

    /// <summary>Gets the rows committed, in the order their writes were committed.</summary>
    public List<RowResult> Rows { get; } = [];

    /// <summary>Gets the writes committed, in order.</summary>
    public List<Settlement> Committed { get; } = [];

    /// <summary>Gets the size of each write as it started (operations), in order.</summary>
    public List<int> Sizes { get; } = [];

    public int Calls
    {
        get
        {
            lock (_gate)
            {
                return Sizes.Count;
            }
        }
    }

    public async Task<RecordResult> RecordAsync(IReadOnlyList<RowResult> rows, IReadOnlyList<RecordStatus> records, CancellationToken cancellationToken)
    {
        var write = new Settlement(rows, records);
        lock (_gate)
        {
            Sizes.Add(rows.Count + records.Count + rows.Sum(r => r.ConsentEvents.Count));
        }

        Written.Writer.TryWrite(write);
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (Fails(write))
        {
            throw new InvalidOperationException("the write failed");
        }

        lock (_gate)
        {
            Rows.AddRange(rows);
            Committed.Add(write);
        }

        return new RecordResult(rows.Count, records.Count, []);
    }
}
