using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// Records a cycle while it is still being sent: Execute hands over each plan as soon as Mailchimp has answered it
/// (<see cref="Finished"/>); a <see cref="CyclePart"/> whose plans are all answered is settled at once
/// (<see cref="RowSettlement"/>, <see cref="PushConsentLog"/>), and as soon as the settled rows and records fill whole
/// <c>$batch</c> requests they are written, in the background, while the rest of the cycle waits for Mailchimp. A row
/// with consent events stays in one write with the records they name, so its change set is whole. So a cycle's Record
/// overlaps its Execute, costs the same calls as recording it at the end (plus at most one partly filled batch per
/// write), and what Mailchimp answered is written even when the rest of the cycle fails or is cut off.
/// </summary>
public sealed class OutcomeStream
{
    private readonly object _gate = new();
    private readonly IReadOnlyList<CyclePart> _parts;
    private readonly int[] _unanswered;
    private readonly Dictionary<Decide.MemberPlan, int> _partOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Decide.MemberPlan, PlanResult> _results = new(ReferenceEqualityComparer.Instance);
    private readonly bool[] _settled;
    private readonly IReadOnlyList<MemberSnapshot> _snapshots;
    private readonly IOutcomeRecorder _recorder;
    private readonly int _batchOperations;
    private readonly TimeProvider _time;
    private readonly CancellationToken _recordToken;
    private readonly List<RowResult> _rows = [];
    private readonly OutcomeBuffer _buffer = new();
    private readonly List<Task<RecordResult>> _writes = [];

    /// <summary>Initializes a new instance of the <see cref="OutcomeStream"/> class.</summary>
    /// <param name="parts">The cycle's parts (<see cref="CycleParts.Split"/>).</param>
    /// <param name="snapshots">The records as Read returned them (the consent log's old values).</param>
    /// <param name="recorder">Writes rows and records.</param>
    /// <param name="batchOperations">Operations per <c>$batch</c>: a write starts once this many are settled.</param>
    /// <param name="time">The clock (<c>dmc_mailchimplastchanged</c>).</param>
    /// <param name="recordToken">Cancels the writes.</param>
    public OutcomeStream(IReadOnlyList<CyclePart> parts, IReadOnlyList<MemberSnapshot> snapshots, IOutcomeRecorder recorder, int batchOperations, TimeProvider time, CancellationToken recordToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchOperations, 1);
        _parts = parts;
        _snapshots = snapshots ?? throw new ArgumentNullException(nameof(snapshots));
        _recorder = recorder ?? throw new ArgumentNullException(nameof(recorder));
        _batchOperations = batchOperations;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _recordToken = recordToken;
        _unanswered = [.. parts.Select(p => p.SentPlans)];
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
            WriteWhole();
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
                if (_partOf.TryGetValue(result.Plan, out var part) && _results.TryAdd(result.Plan, result) && --_unanswered[part] == 0)
                {
                    ready.Add(part);
                }
            }

            Settle(ready);
            WriteWhole();
        }
    }

    /// <summary>
    /// Ends the stream: settles the parts still waiting (their unanswered plans keep their rows Pending) when
    /// <paramref name="settleUnanswered"/>, writes what is left, and waits for every write.
    /// </summary>
    /// <param name="settleUnanswered">False when sending failed: parts not wholly answered are left untouched.</param>
    /// <returns>The settled rows, the results handed over, and what the writes did.</returns>
    public async Task<(IReadOnlyList<RowResult> Rows, IReadOnlyList<PlanResult> Results, RecordResult Recorded)> CompleteAsync(bool settleUnanswered)
    {
        Task<RecordResult>[] writes;
        lock (_gate)
        {
            if (settleUnanswered)
            {
                Settle([.. Enumerable.Range(0, _parts.Count).Where(i => !_settled[i])]);
            }

            if (_buffer.Operations > 0)
            {
                Write(_buffer.Take(_buffer.Operations));
            }

            writes = [.. _writes];
        }

        var recorded = await Task.WhenAll(writes).ConfigureAwait(false);
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

    private void WriteWhole()
    {
        var whole = _buffer.Operations / _batchOperations * _batchOperations;
        if (whole > 0)
        {
            Write(_buffer.Take(whole));
        }
    }

    private void Write(Settlement part)
    {
        var token = _recordToken;
        _writes.Add(Task.Run(() => _recorder.RecordAsync(part.Rows, part.Records, token), CancellationToken.None));
    }
}
