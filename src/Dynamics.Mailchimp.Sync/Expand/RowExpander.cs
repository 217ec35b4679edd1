using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>
/// Expand: queue rows become member events. A bulk membership row becomes one event per member; a changed or deleted
/// record fans out to every audience it syncs to. A row that expands to nothing gets its outcome here. Pure: the
/// context is read in bulk before it runs.
/// </summary>
/// <param name="context">The lists, the membership index and the options.</param>
public sealed class RowExpander(ExpandContext context)
{
    /// <summary>Expands <paramref name="rows"/>; with <see cref="SyncOptions.FullResync"/>, every synced list's members too.</summary>
    /// <param name="rows">The claimed rows, in any order.</param>
    /// <returns>The events and the outcomes of rows that expanded to nothing.</returns>
    public ExpandResult Expand(IReadOnlyList<QueueRow> rows)
    {
        var events = new List<MemberEvent>();
        var outcomes = new List<RowOutcome>();
        if (context.Options.FullResync)
        {
            events.AddRange(FullResyncExpander.Expand(context));
        }

        foreach (var row in rows.OrderBy(r => r.Sequence))
        {
            var before = events.Count;
            var reason = ExpandRow(row, events);
            if (reason is not null)
            {
                var kind = reason.Code == SkipCode.ListMisconfigured ? RowOutcomeKind.Failed : RowOutcomeKind.Skipped;
                outcomes.Add(new RowOutcome(row.Id, kind, reason));
            }
            else if (events.Count == before)
            {
                outcomes.Add(new RowOutcome(row.Id, RowOutcomeKind.Skipped, ExpandReasons.NotInSyncedList(row)));
            }
        }

        return new ExpandResult(events, outcomes);
    }

    private SkipReason? ExpandRow(QueueRow row, List<MemberEvent> events) => row.Kind switch
    {
        QueueRowKind.MemberChanged => ExpandChanged(row, events),
        QueueRowKind.MemberDeleted => ExpandDeleted(row, events),
        QueueRowKind.ListMemberAdded or QueueRowKind.ListMemberRemoved or QueueRowKind.ListMembersAdded => ExpandMembership(row, events),
        QueueRowKind.ListChanged => ExpandListChanged(row, events),
        QueueRowKind.ListDeleted => ExpandListDeleted(row, events),
        _ => throw new ArgumentOutOfRangeException(nameof(row), row.Kind, "Unknown queue row kind."),
    };

    private SkipReason? ExpandChanged(QueueRow row, List<MemberEvent> events)
    {
        if (!context.Options.IsEnabled(row.TargetTable) || row.TargetId is not { } id)
        {
            return ExpandReasons.KindDisabled(row);
        }

        var record = new RecordRef(row.TargetTable, id);
        var audiences = context.Index.ListsOf(record)
            .Select(context.Lists.FindSyncing)
            .OfType<ListMapping>()
            .Select(list => list.AudienceId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        events.AddRange(audiences.Select(audience => Event(row, record, audience, MemberEventKind.Changed, null)));
        return null;
    }

    /// <remarks>
    /// Dataverse deletes a record's memberships with it, so the lists it was in are unknown: the event goes to every
    /// audience with a syncing list of the record's table, and Decide removes it from those lists' tags and interests
    /// and (if one maps to the whole audience) from the audience, unless another record still holds the address.
    /// </remarks>
    private SkipReason? ExpandDeleted(QueueRow row, List<MemberEvent> events)
    {
        if (!context.Options.IsEnabled(row.TargetTable) || row.TargetId is not { } id)
        {
            return ExpandReasons.KindDisabled(row);
        }

        var record = new RecordRef(row.TargetTable, id);
        var audiences = context.Lists.Syncing
            .Where(list => list.MemberTable == row.TargetTable)
            .Select(list => list.AudienceId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        events.AddRange(audiences.Select(audience => Event(row, record, audience, MemberEventKind.Deleted, null)));
        return null;
    }

    private SkipReason? ExpandMembership(QueueRow row, List<MemberEvent> events)
    {
        var list = row.ListId is { } listId ? context.Lists.Find(listId) : null;
        if (list is not { IsSyncing: true })
        {
            return ExpandReasons.ListNotSynced(row);
        }

        if (ListMappingCheck.FindProblem(list) is { } problem)
        {
            return ExpandReasons.ListMisconfigured(row, problem);
        }

        if (!context.Options.IsEnabled(row.TargetTable))
        {
            return ExpandReasons.KindDisabled(row);
        }

        IReadOnlyList<Guid> ids = row.Kind == QueueRowKind.ListMembersAdded ? row.MemberIds : row.TargetId is { } id ? [id] : [];
        if (ids.Count == 0)
        {
            return ExpandReasons.NoMembers(row);
        }

        var kind = row.Kind == QueueRowKind.ListMemberRemoved ? MemberEventKind.Left : MemberEventKind.Joined;
        events.AddRange(ids.Distinct().Select(member => Event(row, new RecordRef(row.TargetTable, member), list.AudienceId, kind, list.ListId)));
        return null;
    }

    /// <remarks>
    /// Enabling sync on a list does not push its existing members; changing a list's settings does not either, and
    /// disabling sync removes nobody. Only <c>sync --full</c> re-evaluates a list's members.
    /// </remarks>
    private SkipReason? ExpandListChanged(QueueRow row, List<MemberEvent> events)
    {
        var list = row.ListId is { } listId ? context.Lists.Find(listId) : null;
        if (!context.Options.FullResync || list is not { IsSyncing: true })
        {
            return ExpandReasons.ListNeedsFullResync(row, list);
        }

        if (ListMappingCheck.FindProblem(list) is { } problem)
        {
            return ExpandReasons.ListMisconfigured(row, problem);
        }

        events.AddRange(context.Index.MembersOf(list.ListId)
            .Where(member => member.Table == list.MemberTable && context.Options.IsEnabled(member.Table))
            .Select(member => Event(row, member, list.AudienceId, MemberEventKind.Reevaluated, list.ListId)));
        return null;
    }

    private SkipReason? ExpandListDeleted(QueueRow row, List<MemberEvent> events)
    {
        if (row.ListId is not { } listId || !context.DeletedLists.TryGetValue(listId, out var deleted))
        {
            return ExpandReasons.DeletedListUnknown(row);
        }

        if (ListMappingCheck.FindProblem(deleted.Mapping) is not null)
        {
            return ExpandReasons.DeletedListUnknown(row);
        }

        events.AddRange(deleted.FormerMembers
            .Where(member => context.Options.IsEnabled(member.Table))
            .Select(member => Event(row, member, deleted.Mapping.AudienceId, MemberEventKind.Left, listId)));
        return null;
    }

    private static MemberEvent Event(QueueRow row, RecordRef record, string audienceId, MemberEventKind kind, Guid? listId) => new()
    {
        RowId = row.Id,
        Sequence = row.Sequence,
        Record = record,
        AudienceId = audienceId,
        Kind = kind,
        ListId = listId,
        Email = kind is MemberEventKind.Changed or MemberEventKind.Deleted ? row.Email : null,
        PreviousEmail = kind == MemberEventKind.Changed ? row.PreviousEmail : null,
        ChangedColumns = kind == MemberEventKind.Changed ? row.ChangedColumns : [],
    };
}
