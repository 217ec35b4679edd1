using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// Settled rows and record statuses waiting to be written (<see cref="OutcomeStream"/>), counted in the operations
/// <see cref="DataverseOutcomeRecorder"/> makes of them: one per row, per consent event and per record status. A row
/// with consent events is taken whole with the statuses of the records they name (its change set).
/// </summary>
internal sealed class OutcomeBuffer
{
    private readonly List<(RowResult Row, List<RecordStatus> Named)> _rows = [];
    private readonly List<RecordStatus> _records = [];

    /// <summary>Gets the operations waiting.</summary>
    public int Operations { get; private set; }

    /// <summary>Adds a settled part.</summary>
    public void Add(Settlement settlement)
    {
        var loose = settlement.Records.ToList();
        foreach (var row in settlement.Rows)
        {
            var named = row.ConsentEvents.Select(e => e.Record).ToHashSet();
            var mine = loose.Where(status => named.Contains(status.Record)).ToList();
            loose.RemoveAll(status => named.Contains(status.Record));
            _rows.Add((row, mine));
            Operations += 1 + row.ConsentEvents.Count + mine.Count;
        }

        _records.AddRange(loose);
        Operations += loose.Count;
    }

    /// <summary>Takes about <paramref name="operations"/> operations (a row's change set is never split), rows first.</summary>
    public Settlement Take(int operations)
    {
        var rows = new List<RowResult>();
        var records = new List<RecordStatus>();
        var kept = new List<(RowResult Row, List<RecordStatus> Named)>();
        var taken = 0;
        foreach (var (row, named) in _rows)
        {
            var size = 1 + row.ConsentEvents.Count + named.Count;
            if (taken > 0 && taken + size > operations)
            {
                kept.Add((row, named));
                continue;
            }

            rows.Add(row);
            records.AddRange(named);
            taken += size;
        }

        _rows.Clear();
        _rows.AddRange(kept);
        var loose = Math.Clamp(operations - taken, 0, _records.Count);
        records.AddRange(_records.Take(loose));
        _records.RemoveRange(0, loose);
        Operations -= taken + loose;
        return new Settlement(rows, records);
    }
}
