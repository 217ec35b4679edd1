using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// Splits a cycle into its independent parts, a pure function: a plan belongs with every row it settles and every
/// record behind it, and whatever shares a row or a record shares a part. Settling a part alone
/// (<see cref="Record.RowSettlement"/>, <see cref="Record.PushConsentLog"/>) therefore gives exactly what settling the
/// whole cycle gives for its rows and records (a row's state needs all its plans; a record's status comes from its
/// first plan; consent events ride on a row of their own plan), so each part can be recorded as soon as Mailchimp has
/// answered its plans, while the rest of the cycle is still being sent.
/// </summary>
public static class CycleParts
{
    /// <summary>Splits the cycle.</summary>
    /// <param name="rows">The rows read.</param>
    /// <param name="outcomes">The outcomes decided before sending (rows that could not be read among them).</param>
    /// <param name="plans">Every plan Decide made, sent or not.</param>
    /// <returns>The parts, in the order of their first row (a part without rows last).</returns>
    public static IReadOnlyList<CyclePart> Split(IReadOnlyList<QueueRow> rows, IReadOnlyList<RowOutcome> outcomes, IReadOnlyList<MemberPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(plans);
        var sets = new DisjointSets();
        var rowIds = rows.Select(r => r.Id).Concat(outcomes.Select(o => o.RowId)).Distinct().ToList();
        var rowNode = rowIds.ToDictionary(id => id, _ => sets.Add());
        var recordNode = new Dictionary<RecordRef, int>();
        var planNode = new int[plans.Count];
        for (var i = 0; i < plans.Count; i++)
        {
            planNode[i] = sets.Add();
            foreach (var rowId in plans[i].RowIds)
            {
                sets.Union(planNode[i], rowNode.TryGetValue(rowId, out var node) ? node : rowNode[rowId] = sets.Add());
            }

            foreach (var record in plans[i].Records)
            {
                sets.Union(planNode[i], recordNode.TryGetValue(record, out var node) ? node : recordNode[record] = sets.Add());
            }
        }

        var order = new List<int>();
        var members = new Dictionary<int, (List<QueueRow> Rows, List<RowOutcome> Outcomes, List<MemberPlan> Plans)>();
        (List<QueueRow> Rows, List<RowOutcome> Outcomes, List<MemberPlan> Plans) PartOf(int node)
        {
            var root = sets.Find(node);
            if (!members.TryGetValue(root, out var part))
            {
                members[root] = part = ([], [], []);
                order.Add(root);
            }

            return part;
        }

        foreach (var id in rowIds)
        {
            _ = PartOf(rowNode[id]);
        }

        foreach (var row in rows)
        {
            PartOf(rowNode[row.Id]).Rows.Add(row);
        }

        foreach (var outcome in outcomes)
        {
            PartOf(rowNode[outcome.RowId]).Outcomes.Add(outcome);
        }

        for (var i = 0; i < plans.Count; i++)
        {
            PartOf(planNode[i]).Plans.Add(plans[i]);
        }

        return [.. order.Select(root => members[root]).Select(m => new CyclePart(m.Rows, m.Outcomes, m.Plans))];
    }

    /// <summary>Union-find with path halving and union by size.</summary>
    private sealed class DisjointSets
    {
        private readonly List<int> _parent = [];
        private readonly List<int> _size = [];

        public int Add()
        {
            _parent.Add(_parent.Count);
            _size.Add(1);
            return _parent.Count - 1;
        }

        public int Find(int node)
        {
            while (_parent[node] != node)
            {
                _parent[node] = _parent[_parent[node]];
                node = _parent[node];
            }

            return node;
        }

        public void Union(int a, int b)
        {
            (a, b) = (Find(a), Find(b));
            if (a == b)
            {
                return;
            }

            if (_size[a] < _size[b])
            {
                (a, b) = (b, a);
            }

            _parent[b] = a;
            _size[a] += _size[b];
        }
    }
}
