using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// Records a cycle while it is still being sent: Execute hands over each plan as soon as Mailchimp has answered it
/// (<see cref="Finished"/>); a <see cref="CyclePart"/> whose plans are all answered is settled at once
/// (<see cref="RowSettlement"/>, <see cref="PushConsentLog"/>), and as soon as the settled statuses, and the rows whose
/// statuses are written, fill whole <c>$batch</c> requests they are written, in the background, while the rest of the
/// cycle waits for Mailchimp. A row is written only after every record status settled with or before it is committed
/// (<see cref="OutcomeBuffer"/>), so a kill between two writes can cut off a row (it stays Pending and is sent again)
/// but never a status under a row already marked done. A row with consent events stays in one write with the records
/// they name, so its change set is whole. Once only the executor's last round is in flight (<see cref="OutcomeTail"/>),
/// its statuses are held and spread over parallel writes when the last answer is in, and then its rows the same way.
/// So a cycle's Record overlaps its Execute, costs about the calls of recording it at the end, and what Mailchimp
/// answered is written even when the rest of the cycle fails or is cut off.
/// </summary>
public sealed class OutcomeStream
{
    private readonly object _gate = new();
    private readonly IReadOnlyList<CyclePart> _parts;
    private readonly int[] _unanswered;
    private readonly Dictionary<Decide.MemberPlan, int> _partOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Decide.MemberPlan, PlanResult> _results = new(ReferenceEqualityComparer.Instance);
    private readonly bool[] _settled;
    private readonly IReadOnlyDictionary<RecordRef, MemberSnapshot> _snapshots;
    private readonly IOutcomeRecorder _recorder;
    private readonly int _batchOperations;
    private readonly TimeProvider _time;
    private readonly CancellationToken _recordToken;
    private readonly List<RowResult> _rows = [];
    private readonly OutcomeBuffer _buffer = new();
    private readonly List<Task<RecordResult>> _writes = [];
    private readonly StatusCommits _commits = new();
    private OutcomeTail? _tail;
    private int _unansweredPlans;
    private int _writesInFlight;

    /// <summary>Initializes a new instance of the <see cref="OutcomeStream"/> class.</summary>
    /// <param name="parts">The cycle's parts (<see cref="CycleParts.Split"/>).</param>
    /// <param name="snapshots">The records as Read returned them (the consent log's old values).</param>
    /// <param name="recorder">Writes rows and records.</param>
    /// <param name="batchOperations">Operations per <c>$batch</c>: a write starts once this many are settled.</param>
    /// <param name="time">The clock (<c>dmc_mailchimplastchanged</c>).</param>
    /// <param name="recordToken">Cancels the writes.</param>
    /// <param name="tail">How the last round's answers are written; null writes them in whole requests like the rest.</param>
    public OutcomeStream(IReadOnlyList<CyclePart> parts, IReadOnlyList<MemberSnapshot> snapshots, IOutcomeRecorder recorder, int batchOperations, TimeProvider time, CancellationToken recordToken, OutcomeTail? tail = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchOperations, 1);
        _parts = parts;
        _snapshots = PushConsentLog.ByRecord(snapshots);
        _recorder = recorder ?? throw new ArgumentNullException(nameof(recorder));
        _batchOperations = batchOperations;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _recordToken = recordToken;
        _unanswered = [.. parts.Select(p => p.SentPlans)];
        _unansweredPlans = _unanswered.Sum();
        _tail = tail;
        _settled = new bool[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            foreach (var plan in parts[i].Plans)
            {
                _partOf[plan] = i;
            }
        }
    }

    /// <summary>Settles the parts that send nothing (all skipped or held, or rows without plans).</summary>
    public void Start()
    {
        lock (_gate)
        {
            Settle([.. Enumerable.Range(0, _parts.Count).Where(i => _unanswered[i] == 0 && !_settled[i])]);
            Pump();
        }
    }

    /// <summary>
    /// From now on writes the last round's answers as <paramref name="tail"/> says, as if this stream had had it from the
    /// start: the run's last cycle has started beside this one, so this one's writes end near the run's end too. No effect
    /// on a stream that already has a tail; a completed stream has nothing left to spread.
    /// </summary>
    /// <param name="tail">How the last round's answers are written.</param>
    public void Spread(OutcomeTail tail)
    {
        ArgumentNullException.ThrowIfNull(tail);
        lock (_gate)
        {
            if (_tail is not null)
            {
                return;
            }

            _tail = tail;
            Pump();
        }
    }

    /// <summary>Takes Mailchimp's answers for the plans just finished; safe to call from several threads.</summary>
    /// <param name="results">The plans' results.</param>
    public void Finished(IReadOnlyList<PlanResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        lock (_gate)
        {
            var ready = new List<int>();
            foreach (var result in results)
            {
                if (_partOf.TryGetValue(result.Plan, out var part) && _results.TryAdd(result.Plan, result))
                {
                    _unansweredPlans--;
                    if (--_unanswered[part] == 0)
                    {
                        ready.Add(part);
                    }
                }
            }

            Settle(ready);
            Pump();
        }
    }

    /// <summary>
    /// Ends the stream: settles the parts still waiting (their unanswered plans keep their rows Pending) when
    /// <paramref name="settleUnanswered"/>, writes what is left (the statuses, then, once they are committed, the rows),
    /// and waits for every write. When a write fails, the rows waiting for its statuses are not written (they stay
    /// Pending), everything else is, and the first failure is thrown.
    /// </summary>
    /// <param name="settleUnanswered">False when sending failed: parts not wholly answered are left untouched.</param>
    /// <returns>The settled rows, the results handed over, and what the writes did.</returns>
    public async Task<(IReadOnlyList<RowResult> Rows, IReadOnlyList<PlanResult> Results, RecordResult Recorded)> CompleteAsync(bool settleUnanswered)
    {
        lock (_gate)
        {
            if (settleUnanswered)
            {
                Settle([.. Enumerable.Range(0, _parts.Count).Where(i => !_settled[i])]);
            }

            _unansweredPlans = 0;
            WriteRest();
        }

        var recorded = new List<RecordResult>();
        Exception? failure = null;
        var awaited = 0;
        while (true)
        {
            Task<RecordResult>[] pending;
            lock (_gate)
            {
                pending = [.. _writes.Skip(awaited)];
                awaited = _writes.Count;
            }

            if (pending.Length == 0)
            {
                break;
            }

            foreach (var write in pending)
            {
                try
                {
                    recorded.Add(await write.ConfigureAwait(false));
                }
                catch (Exception ex) when (failure is null)
                {
                    failure = ex;
                }
                catch (Exception)
                {
                    // The first failure is the one thrown; the others failed the same way or were cut off with it.
                }
            }

            lock (_gate)
            {
                WriteRest();
            }
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        var failures = recorded.SelectMany(r => r.Failures).ToList();
        var total = new RecordResult(recorded.Sum(r => r.RowsWritten), recorded.Sum(r => r.RecordsWritten), failures)
        {
            ConsentEventsWritten = recorded.Sum(r => r.ConsentEventsWritten),
        };
        lock (_gate)
        {
            return ([.. _rows], [.. _results.Values], total);
        }
    }

    private void Settle(List<int> parts)
    {
        if (parts.Count == 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var chosen = parts.Select(i => _parts[i]).ToList();
        var results = chosen.SelectMany(p => p.Plans).Select(plan => _results.GetValueOrDefault(plan)).OfType<PlanResult>().ToList();
        var settlement = PushConsentLog.Attach(
            RowSettlement.Settle([.. chosen.SelectMany(p => p.Rows)], [.. chosen.SelectMany(p => p.Outcomes)], [.. chosen.SelectMany(p => p.Plans)], results, now),
            results,
            _snapshots,
            now);
        foreach (var i in parts)
        {
            _settled[i] = true;
        }

        _rows.AddRange(settlement.Rows);
        _buffer.Add(settlement);
    }

    private long Committed => _commits.Committed(_buffer.StatusesTaken);

    // While more than the last round is unanswered, whole requests go as soon as they fill. During the last round its
    // statuses go in writes of the round's share of one connection as soon as they fill one (rows of earlier rounds still
    // go in whole requests); once it is all answered, what is left is spread over parallel writes, and when those are
    // committed, the rows the same way.
    private void Pump()
    {
        if (_tail is null || _unansweredPlans > _tail.LastRoundPlans)
        {
            WriteWhole(statuses: true);
        }
        else if (_unansweredPlans > 0)
        {
            WriteRound(_tail.RoundWrite);
            WriteWhole(statuses: false);
        }
        else
        {
            WriteRest();
        }
    }

    private void WriteRound(int size)
    {
        var committed = Committed;
        while (_buffer.Statuses >= size)
        {
            Write(_buffer.Take(size, committed));
        }
    }

    private void WriteWhole(bool statuses)
    {
        var committed = Committed;
        var whole = _buffer.Ready(committed, statuses) / _batchOperations * _batchOperations;
        if (whole > 0)
        {
            Write(_buffer.Take(whole, committed, statuses));
        }
    }

    // Everything ready, spread over parallel writes of whole units: the statuses, or once none is left in flight, the rows.
    private void WriteRest()
    {
        if (_buffer.Statuses == 0 && _commits.AnyInFlight)
        {
            return;
        }

        var committed = Committed;
        var ready = _buffer.Ready(committed);
        if (ready == 0)
        {
            return;
        }

        var writes = _tail?.Writes(ready, _batchOperations, _writesInFlight) ?? 1;
        var size = (ready + writes - 1) / writes;
        while (_buffer.Ready(committed) > 0)
        {
            Write(_buffer.Take(size, committed));
        }
    }

    private void Write((Settlement Part, long FirstStatus, int Statuses) write)
    {
        var (part, first, statuses) = write;
        var token = _recordToken;
        if (statuses > 0)
        {
            _commits.Started(first);
        }

        _writesInFlight++;
        _writes.Add(Task.Run(
            async () =>
            {
                var failed = true;
                try
                {
                    var result = await _recorder.RecordAsync(part.Rows, part.Records, token).ConfigureAwait(false);
                    failed = false;
                    return result;
                }
                finally
                {
                    lock (_gate)
                    {
                        _writesInFlight--;
                        if (statuses > 0)
                        {
                            _commits.Ended(first, failed);
                        }

                        Pump();
                    }
                }
            },
            CancellationToken.None));
    }
}
