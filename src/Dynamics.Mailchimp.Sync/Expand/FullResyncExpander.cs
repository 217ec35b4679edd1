using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>
/// <c>sync --full</c>: every member of every syncing list is re-evaluated. The events have no row and sort before every
/// row, so a queued change of the same record still wins. Unsubscribes are respected by Decide as always.
/// </summary>
public static class FullResyncExpander
{
    /// <summary>One <see cref="MemberEventKind.Reevaluated"/> event per (syncing list, member of an enabled kind).</summary>
    /// <param name="context">The lists, the membership index and the options.</param>
    /// <returns>The events.</returns>
    public static IEnumerable<MemberEvent> Expand(ExpandContext context) =>
        from list in context.Lists.Syncing
        from member in context.Index.MembersOf(list.ListId)
        where member.Table == list.MemberTable && context.Options.IsEnabled(member.Table)
        select new MemberEvent
        {
            Sequence = long.MinValue,
            Record = member,
            AudienceId = list.AudienceId,
            Kind = MemberEventKind.Reevaluated,
            ListId = list.ListId,
        };
}
