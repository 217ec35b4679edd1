using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// Settled rows and record statuses waiting to be written (<see cref="OutcomeStream"/>), counted in the operations
/// <see cref="DataverseOutcomeRecorder"/> makes of them: one per row, per consent event and per record status. A row
/// with consent events is taken whole with the statuses of the records they name (its change set). The other statuses
/// are numbered in the order they were added, and each row remembers how many had been added when it was settled: a
/// row is ready only once every status up to that number is committed, so no row is ever marked done while a status
/// of its members is still unwritten (a kill between the two writes would lose the status).
/// </summary>
internal sealed class OutcomeBuffer
{
    private readonly Queue<(OutcomeUnit Unit, long After)> _rows = new();
    private readonly Queue<RecordStatus> _statuses = new();

    /// <summary>Gets how many statuses were added in all (the number the next one would have).</summary>
    public long StatusesAdded { get; private set; }

    /// <summary>Gets how many statuses were taken for writing (a status's number is below it once taken).</summary>
    public long StatusesTaken => StatusesAdded - _statuses.Count;

    /// <summary>Gets the statuses waiting.</summary>
    public int Statuses => _statuses.Count;

    /// <summary>Adds a settled part: its statuses, and its rows, which wait for those statuses (and every earlier one).</summary>
    public void Add(Settlement settlement)
    {
        var (units, loose) = OutcomeUnit.Group(settlement.Rows, settlement.Records);
        foreach (var status in loose)
        {
            _statuses.Enqueue(status);
        }

        StatusesAdded += loose.Count;
        foreach (var unit in units)
        {
            _rows.Enqueue((unit, StatusesAdded));
        }
    }

    /// <summary>The operations that may be written now: every status, and the rows whose statuses are committed.</summary>
    /// <param name="committed">The statuses below this number are committed.</param>
    /// <param name="statuses">False to count the rows only (the statuses are held back).</param>
    public int Ready(long committed, bool statuses = true)
    {
        var ready = statuses ? _statuses.Count : 0;
        foreach (var (unit, after) in _rows)
        {
            if (after > committed)
            {
                break;
            }

            ready += unit.Operations;
        }

        return ready;
    }

    /// <summary>
    /// Takes about <paramref name="operations"/> ready operations: statuses first, then rows whose statuses are
    /// committed (a row's change set is never split).
    /// </summary>
    /// <param name="operations">How many operations to take.</param>
    /// <param name="committed">The statuses below this number are committed.</param>
    /// <param name="statuses">False to take rows only (the statuses are held back).</param>
    /// <returns>The part, the number of its first status, and how many statuses it has (numbered on from the first).</returns>
    public (Settlement Part, long FirstStatus, int Statuses) Take(int operations, long committed, bool statuses = true)
    {
        var first = StatusesTaken;
        var records = new List<RecordStatus>(statuses ? Math.Min(operations, _statuses.Count) : 0);
        while (statuses && records.Count < operations && _statuses.Count > 0)
        {
            records.Add(_statuses.Dequeue());
        }

        var loose = records.Count;
        var taken = loose;
        var rows = new List<RowResult>();
        while (_rows.Count > 0 && _rows.Peek().After <= committed && (taken == 0 || taken + _rows.Peek().Unit.Operations <= operations))
        {
            var unit = _rows.Dequeue().Unit;
            rows.Add(unit.Row);
            records.AddRange(unit.Named);
            taken += unit.Operations;
        }

        return (new Settlement(rows, records), first, loose);
    }
}
