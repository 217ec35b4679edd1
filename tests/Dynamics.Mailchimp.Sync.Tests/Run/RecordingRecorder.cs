using System.Threading.Channels;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Tests.Run;

/// <summary>An outcome recorder that keeps what it is asked to write, and hands each write to a channel as it starts.</summary>
internal sealed class RecordingRecorder(int batchOperations) : IOutcomeRecorder
{
    private readonly object _gate = new();

    public int BatchOperations { get; } = batchOperations;

    public Channel<Settlement> Written { get; } = Channel.CreateUnbounded<Settlement>();

    public List<RowResult> Rows { get; } = [];

    public List<int> Sizes { get; } = [];

    public int Calls => Sizes.Count;

    public Task<RecordResult> RecordAsync(IReadOnlyList<RowResult> rows, IReadOnlyList<RecordStatus> records, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Rows.AddRange(rows);
            Sizes.Add(rows.Count + records.Count + rows.Sum(r => r.ConsentEvents.Count));
        }

        Written.Writer.TryWrite(new Settlement(rows, records));
        return Task.FromResult(new RecordResult(rows.Count, records.Count, []));
    }
}
