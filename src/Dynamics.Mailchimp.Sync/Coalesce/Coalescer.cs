using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Coalesce;

/// <summary>
/// Coalesce: events grouped per (audience, record) in sequence order, to one <see cref="MemberWork"/> each. A row all of
/// whose events a later row replaces becomes Superseded. Records sharing an address are merged later, in Decide, once
/// Read has their current emails. Pure.
/// </summary>
public sealed class Coalescer
{
    /// <summary>Coalesces <paramref name="events"/>.</summary>
    /// <param name="events">The run's events, in any order.</param>
    /// <returns>The works and the superseded rows.</returns>
    public CoalesceResult Coalesce(IReadOnlyList<MemberEvent> events)
    {
        // Dictionaries and loops, not LINQ chains: one group per record, most of them of one event.
        var byMember = new Dictionary<(string AudienceId, RecordRef Record), List<MemberEvent>>(events.Count);
        foreach (var e in events)
        {
            if (!byMember.TryGetValue((e.AudienceId, e.Record), out var member))
            {
                member = new List<MemberEvent>(1);
                byMember.Add((e.AudienceId, e.Record), member);
            }

            member.Add(e);
        }

        // In sequence order; a stable sort, so one row's events keep theirs.
        var groups = byMember.Values
            .Select(group => group.Count == 1 ? group : (IReadOnlyList<MemberEvent>)group.OrderBy(e => e.Sequence).ToArray())
            .ToArray();
        var replacers = new Dictionary<MemberEvent, MemberEvent>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups)
        {
            FindReplacers(group, replacers);
        }

        var supersededRows = SupersededRows(events, replacers);
        var works = new MemberWork[groups.Length];
        for (var i = 0; i < works.Length; i++)
        {
            works[i] = Merge(groups[i], supersededRows);
        }

        // One work per (audience, record): the order is total.
        Array.Sort(works, static (x, y) =>
        {
            var byAudience = string.CompareOrdinal(x.AudienceId, y.AudienceId);
            var byTable = byAudience != 0 ? byAudience : string.CompareOrdinal(x.Record.Table, y.Record.Table);
            return byTable != 0 ? byTable : x.Record.Id.CompareTo(y.Record.Id);
        });
        var outcomes = supersededRows
            .Select(pair => new RowOutcome(pair.Key, RowOutcomeKind.Superseded, new SkipReason(SkipCode.Superseded, pair.Value)))
            .ToArray();
        return new CoalesceResult(works, outcomes);
    }

    /// <summary>For each event of one (audience, record), the last later event that replaces it, if any.</summary>
    private static void FindReplacers(IReadOnlyList<MemberEvent> ordered, Dictionary<MemberEvent, MemberEvent> replacers)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = ordered.Count - 1; j > i; j--)
            {
                if (Supersession.Replaces(ordered[i], ordered[j]))
                {
                    replacers[ordered[i]] = ordered[j];
                    break;
                }
            }
        }
    }

    private static Dictionary<Guid, string> SupersededRows(IReadOnlyList<MemberEvent> events, Dictionary<MemberEvent, MemberEvent> replacers)
    {
        var result = new Dictionary<Guid, string>();
        foreach (var row in events.Where(e => e.RowId is not null).GroupBy(e => e.RowId!.Value))
        {
            if (row.All(replacers.ContainsKey))
            {
                var first = row.First();
                result[row.Key] = $"queue row {row.Key:D}: replaced by the later queue row {replacers[first].RowId:D} for {first.Record}";
            }
        }

        return result;
    }

    private static MemberWork Merge(IReadOnlyList<MemberEvent> ordered, Dictionary<Guid, string> supersededRows)
    {
        var listChanges = new Dictionary<Guid, ListChange>();
        var rowIds = new DistinctList<Guid, Guid>(static id => id);
        DistinctList<string, string>? columns = null;
        MemberEvent? lastChange = null;
        string? firstPreviousEmail = null;
        bool changed = false, deleted = false;
        for (var i = 0; i < ordered.Count; i++)
        {
            var e = ordered[i];
            if (e.ListId is { } listId)
            {
                listChanges[listId] = e.Kind switch
                {
                    MemberEventKind.Left => ListChange.Left,
                    MemberEventKind.Reevaluated => ListChange.Reevaluated,
                    _ => ListChange.Joined,
                };
            }

            if (e.RowId is { } rowId && !supersededRows.ContainsKey(rowId))
            {
                rowIds.Add(rowId);
            }

            if (e.Kind is MemberEventKind.Changed or MemberEventKind.Deleted)
            {
                changed |= e.Kind == MemberEventKind.Changed;
                deleted |= e.Kind == MemberEventKind.Deleted;
                columns ??= new DistinctList<string, string>(static column => column, StringComparer.Ordinal);
                columns.AddRange(e.ChangedColumns);
                firstPreviousEmail ??= e.PreviousEmail;
                lastChange = e;
            }
        }

        return new MemberWork
        {
            AudienceId = ordered[0].AudienceId,
            Record = ordered[0].Record,
            RowIds = rowIds.ToArray(),
            ListChanges = listChanges,
            Changed = changed,
            ChangedColumns = columns?.ToArray() ?? [],
            Deleted = deleted,
            FirstPreviousEmail = firstPreviousEmail,
            LastEmail = lastChange?.Email,
        };
    }
}
