using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>Expands the rows of members joining or leaving a list: one event per member.</summary>
internal static class MembershipRowExpander
{
    /// <summary>A membership row of a syncing, completely configured list becomes one event per member.</summary>
    /// <param name="row">A ListMemberAdded, ListMembersAdded, ListMemberRemoved or ListMembersRemoved row.</param>
    /// <param name="context">The lists, index and options.</param>
    /// <param name="events">Receives the events.</param>
    /// <returns>Why the row expands to nothing, or <see langword="null"/>.</returns>
    public static SkipReason? ExpandMembership(QueueRow row, ExpandContext context, List<MemberEvent> events)
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

        IReadOnlyList<Guid> ids = row.Kind is QueueRowKind.ListMembersAdded or QueueRowKind.ListMembersRemoved ? row.MemberIds : row.TargetId is { } id ? [id] : [];
        if (ids.Count == 0)
        {
            return ExpandReasons.NoMembers(row);
        }

        var kind = row.Kind is QueueRowKind.ListMemberRemoved or QueueRowKind.ListMembersRemoved ? MemberEventKind.Left : MemberEventKind.Joined;
        events.AddRange(ids.Distinct().Select(member => MemberEvents.From(row, new RecordRef(row.TargetTable, member), list.AudienceId, kind, list.ListId)));
        return null;
    }
}
