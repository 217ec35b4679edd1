using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>Expands the rows of a list whose settings changed or that was deleted.</summary>
internal static class ListRowExpander
{
    /// <summary>A list's settings changed: nothing, unless a full resync re-evaluates its members.</summary>
    /// <param name="row">A ListChanged row.</param>
    /// <param name="context">The lists, index and options.</param>
    /// <param name="events">Receives the events.</param>
    /// <returns>Why the row expands to nothing, or <see langword="null"/>.</returns>
    /// <remarks>
    /// Enabling sync on a list does not push its existing members; changing a list's settings does not either, and
    /// disabling sync removes nobody. Only <c>sync --full</c> re-evaluates a list's members.
    /// </remarks>
    public static SkipReason? ExpandListChanged(QueueRow row, ExpandContext context, List<MemberEvent> events)
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
            .Select(member => MemberEvents.From(row, member, list.AudienceId, MemberEventKind.Reevaluated, list.ListId)));
        return null;
    }

    /// <summary>
    /// A list's members changed by a message that names none of them: every member it has now is re-evaluated under
    /// the row (joins are applied; who left is unknown, and leaves Mailchimp only by a later removal or a delete).
    /// </summary>
    /// <param name="row">A ListMembersChanged row.</param>
    /// <param name="context">The lists, index and options.</param>
    /// <param name="events">Receives the events.</param>
    /// <returns>Why the row expands to nothing, or <see langword="null"/>.</returns>
    public static SkipReason? ExpandListMembersChanged(QueueRow row, ExpandContext context, List<MemberEvent> events)
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

        if (!context.Options.IsEnabled(list.MemberTable))
        {
            return ExpandReasons.KindDisabled(row);
        }

        var members = context.Index.MembersOf(list.ListId).Where(member => member.Table == list.MemberTable).ToArray();
        if (members.Length == 0)
        {
            return ExpandReasons.ListHasNoMembers(row, list);
        }

        events.AddRange(members.Select(member => MemberEvents.From(row, member, list.AudienceId, MemberEventKind.Reevaluated, list.ListId)));
        return null;
    }

    /// <summary>
    /// A deleted list: the former members its row carries leave it, as leaving any list does (tag removed, interest
    /// false, or the audience left when no other syncing list of the audience holds the address). The mapping comes from
    /// the row, read by the plug-in from the delete's pre-image. Nobody leaves when the row cannot say who the members
    /// were, or for a row queued before rows carried the mapping.
    /// </summary>
    /// <param name="row">A ListDeleted row.</param>
    /// <param name="context">The lists, index and options.</param>
    /// <param name="events">Receives the events.</param>
    /// <returns>Why the row expands to nothing, or <see langword="null"/>.</returns>
    public static SkipReason? ExpandListDeleted(QueueRow row, ExpandContext context, List<MemberEvent> events)
    {
        if (row.ListId is not { } listId || row.DeletedList is not { } deleted)
        {
            return ExpandReasons.DeletedListUnknown(row);
        }

        if (ListMappingCheck.FindProblem(deleted.Mapping) is { } problem)
        {
            return ExpandReasons.DeletedListUnmapped(row, problem);
        }

        if (!deleted.MembersCaptured)
        {
            return ExpandReasons.DeletedListMembersUnknown(row, deleted);
        }

        if (!context.Options.IsEnabled(deleted.Mapping.MemberTable))
        {
            return ExpandReasons.KindDisabled(row);
        }

        if (row.MemberIds.Count == 0)
        {
            return ExpandReasons.DeletedListHadNoMembers(row, deleted);
        }

        events.AddRange(row.MemberIds.Select(id => MemberEvents.From(row, new RecordRef(deleted.Mapping.MemberTable, id), deleted.Mapping.AudienceId, MemberEventKind.Left, listId)));
        return null;
    }
}
