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
        var groups = events
            .GroupBy(e => (e.AudienceId, e.Record))
            .Select(group => group.OrderBy(e => e.Sequence).ToArray())
            .ToArray();
        var replacers = new Dictionary<MemberEvent, MemberEvent>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups)
        {
            FindReplacers(group, replacers);
        }

        var supersededRows = SupersededRows(events, replacers);
        var works = groups
            .Select(group => Merge(group, supersededRows))
            .OrderBy(work => work.AudienceId, StringComparer.Ordinal)
            .ThenBy(work => work.Record.Table, StringComparer.Ordinal)
            .ThenBy(work => work.Record.Id)
            .ToArray();
        var outcomes = supersededRows
            .Select(pair => new RowOutcome(pair.Key, RowOutcomeKind.Superseded, new SkipReason(SkipCode.Superseded, pair.Value)))
            .ToArray();
        return new CoalesceResult(works, outcomes);
    }

    /// <summary>For each event of one (audience, record), the last later event that replaces it, if any.</summary>
    private static void FindReplacers(MemberEvent[] ordered, Dictionary<MemberEvent, MemberEvent> replacers)
    {
        for (var i = 0; i < ordered.Length; i++)
        {
            for (var j = ordered.Length - 1; j > i; j--)
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

    private static MemberWork Merge(MemberEvent[] ordered, Dictionary<Guid, string> supersededRows)
    {
        var listChanges = new Dictionary<Guid, ListChange>();
        foreach (var e in ordered.Where(e => e.ListId is not null))
        {
            listChanges[e.ListId!.Value] = e.Kind switch
            {
                MemberEventKind.Left => ListChange.Left,
                MemberEventKind.Reevaluated => ListChange.Reevaluated,
                _ => ListChange.Joined,
            };
        }

        var changes = ordered.Where(e => e.Kind is MemberEventKind.Changed or MemberEventKind.Deleted).ToArray();
        return new MemberWork
        {
            AudienceId = ordered[0].AudienceId,
            Record = ordered[0].Record,
            RowIds = ordered.Where(e => e.RowId is { } id && !supersededRows.ContainsKey(id)).Select(e => e.RowId!.Value).Distinct().ToArray(),
            ListChanges = listChanges,
            Changed = changes.Any(e => e.Kind == MemberEventKind.Changed),
            ChangedColumns = changes.SelectMany(e => e.ChangedColumns).Distinct(StringComparer.Ordinal).ToArray(),
            Deleted = changes.Any(e => e.Kind == MemberEventKind.Deleted),
            FirstPreviousEmail = changes.Select(e => e.PreviousEmail).FirstOrDefault(email => email is not null),
            LastEmail = changes.LastOrDefault()?.Email,
        };
    }
}
