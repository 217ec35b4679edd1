namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>
/// How far a run has taken the queue: the last <c>dmc_sequence</c> taken and the rows taken at it. A run's next cycle
/// reads only the due rows after it, so a cycle can be read while the one before is still being sent (its rows are
/// still Pending), and a row a cycle leaves Pending (held by the mass-removal rail, or cut off) waits for the next run
/// instead of being taken again by the same run.
/// </summary>
/// <remarks>
/// Sequences can tie (two events in one microsecond), so the rows taken at the last sequence are remembered by id and
/// the rest of that sequence still follows. A row without a sequence cannot be read as a queue row anyway: it sorts
/// first and is only taken by a run's first cycle.
/// </remarks>
public sealed class QueueCursor
{
    private readonly HashSet<Guid> _takenAtSequence = [];

    private QueueCursor()
    {
    }

    /// <summary>Gets the cursor of a run that has taken nothing yet.</summary>
    public static QueueCursor Start { get; } = new();

    /// <summary>Gets the last sequence taken, or <see langword="null"/> when nothing with a sequence was taken.</summary>
    public long? Sequence { get; private init; }

    /// <summary>Gets the rows taken at <see cref="Sequence"/>.</summary>
    public IReadOnlySet<Guid> TakenAtSequence => _takenAtSequence;

    /// <summary>Whether a row lies ahead of the cursor (and so has not been taken by this run).</summary>
    /// <param name="id">The row's id.</param>
    /// <param name="sequence">The row's sequence, if it has one.</param>
    /// <returns><see langword="true"/> when the row is still to be taken.</returns>
    public bool IsAhead(Guid id, long? sequence) =>
        Sequence is not { } last || (sequence is { } next && (next > last || (next == last && !_takenAtSequence.Contains(id))));

    /// <summary>The cursor once the rows at <paramref name="positions"/>, in sequence order, have been taken as well.</summary>
    /// <param name="positions">The taken rows' ids and sequences.</param>
    /// <returns>The new cursor (this one when nothing with a sequence was taken).</returns>
    public QueueCursor Past(IEnumerable<(Guid Id, long? Sequence)> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var cursor = new QueueCursor { Sequence = Sequence };
        cursor._takenAtSequence.UnionWith(_takenAtSequence);
        foreach (var (id, sequence) in positions)
        {
            if (sequence is not { } next || next < cursor.Sequence)
            {
                continue;
            }

            if (next != cursor.Sequence)
            {
                cursor = new QueueCursor { Sequence = next };
            }

            cursor._takenAtSequence.Add(id);
        }

        return cursor.Sequence == Sequence && cursor._takenAtSequence.SetEquals(_takenAtSequence) ? this : cursor;
    }
}
