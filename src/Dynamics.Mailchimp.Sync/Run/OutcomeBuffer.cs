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
    private readonly List<OutcomeUnit> _rows = [];
    private readonly List<RecordStatus> _records = [];

    /// <summary>Gets the operations waiting.</summary>
    public int Operations { get; private set; }

    /// <summary>Adds a settled part.</summary>
    public void Add(Settlement settlement)
    {
        var (units, loose) = OutcomeUnit.Group(settlement.Rows, settlement.Records);
        _rows.AddRange(units);
        _records.AddRange(loose);
        Operations += units.Sum(unit => unit.Operations) + loose.Count;
    }

    /// <summary>Takes about <paramref name="operations"/> operations (a row's change set is never split), rows first.</summary>
    public Settlement Take(int operations)
    {
        var rows = new List<RowResult>();
        var records = new List<RecordStatus>();
        var kept = new List<OutcomeUnit>();
        var taken = 0;
        foreach (var unit in _rows)
        {
            if (taken > 0 && taken + unit.Operations > operations)
            {
                kept.Add(unit);
                continue;
            }

            rows.Add(unit.Row);
            records.AddRange(unit.Named);
            taken += unit.Operations;
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
