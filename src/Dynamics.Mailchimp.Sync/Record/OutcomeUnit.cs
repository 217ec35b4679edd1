namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>
/// One row's write as <see cref="DataverseOutcomeRecorder"/> makes it: the row's outcome, the statuses of the records its
/// consent events name, and the events (one change set). <see cref="Group"/> is the one place that decides which
/// statuses ride with which row, for the recorder and for the stream that sizes its writes.
/// </summary>
/// <param name="Row">The row.</param>
/// <param name="Named">The statuses of the records its consent events name (each status rides with one row only).</param>
internal sealed record OutcomeUnit(RowResult Row, IReadOnlyList<RecordStatus> Named)
{
    /// <summary>Gets the operations the unit makes: the row, its named statuses and its events.</summary>
    public int Operations => 1 + Named.Count + Row.ConsentEvents.Count;

    /// <summary>Groups rows and statuses: one unit per row, in order, and the statuses no row names.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="records">The record statuses (the first status of a record is the one its events name).</param>
    /// <returns>The units, and the statuses written alone.</returns>
    public static (IReadOnlyList<OutcomeUnit> Units, IReadOnlyList<RecordStatus> Loose) Group(IReadOnlyList<RowResult> rows, IReadOnlyList<RecordStatus> records)
    {
        var recordIndex = new Dictionary<Model.RecordRef, int>();
        for (var i = 0; i < records.Count; i++)
        {
            recordIndex.TryAdd(records[i].Record, i);
        }

        var taken = new HashSet<int>();
        var units = rows.Select(row => new OutcomeUnit(
            row,
            [.. row.ConsentEvents.Select(e => recordIndex.GetValueOrDefault(e.Record, -1)).Where(index => index >= 0 && taken.Add(index)).Select(index => records[index])]))
            .ToList();
        return (units, [.. records.Where((_, i) => !taken.Contains(i))]);
    }
}
