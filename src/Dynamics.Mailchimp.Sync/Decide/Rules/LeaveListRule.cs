using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>
/// Rule: leaving a list. For a tag or interest mapping the tag is removed or the interest set false, and the member
/// stays subscribed. For an audience mapping the member is archived (or, by the audience's setting, unsubscribed), but
/// only when no record holds the address in any syncing list of that audience any more. Removal from one list never
/// unsubscribes from the whole audience. Deactivated and deleted records, and records whose email was cleared, leave
/// every list they were in (a deleted record: every syncing list of its table, as its memberships are gone).
/// </summary>
public static class LeaveListRule
{
    /// <summary>The lists the changed records left that no holder is in.</summary>
    /// <param name="group">The member's inputs.</param>
    /// <param name="holders">The records holding the address.</param>
    /// <param name="context">The lists, index and options.</param>
    /// <returns>The lists, in id order.</returns>
    public static IReadOnlyList<ListMapping> LeftLists(MemberGroup group, IReadOnlyList<MemberSnapshot> holders, DecisionContext context)
    {
        // Loops, not LINQ chains: run for every member, and most members leave nothing.
        var held = new DistinctList<ListMapping, Guid>(static list => list.ListId);
        for (var i = 0; i < holders.Count; i++)
        {
            held.AddRange(context.ListsOf(holders[i].Record, group.AudienceId));
        }

        var left = new DistinctList<ListMapping, Guid>(static list => list.ListId);
        for (var i = 0; i < group.Works.Count; i++)
        {
            var work = group.Works[i];
            var holding = AudienceHolders.Contains(holders, work.Record);
            var now = holding ? context.Index.ListsOf(work.Record) : null;
            foreach (var listId in work.ListChanges.Keys)
            {
                if (context.Lists.Find(listId) is { } list && list.AudienceId == group.AudienceId && now?.Contains(listId) != true)
                {
                    AddUnheld(left, held, list);
                }
            }

            if (holding)
            {
                continue;
            }

            foreach (var list in context.ListsOf(work.Record, group.AudienceId))
            {
                AddUnheld(left, held, list);
            }

            if (work.Deleted)
            {
                foreach (var list in context.Lists.SyncingIn(group.AudienceId))
                {
                    if (list.MemberTable == work.Record.Table)
                    {
                        AddUnheld(left, held, list);
                    }
                }
            }
        }

        return left.ToSortedArray(static (a, b) => a.ListId.CompareTo(b.ListId));
    }

    /// <summary>
    /// The member's removal from the audience, or null while a holder remains or no left list removes from the audience:
    /// an audience list (by the audience's <see cref="AudienceSettings.LeaveAction"/>), or a tag or interest list whose
    /// <see cref="ListMapping.ExitAction"/> archives or unsubscribes. Unsubscribe wins over archive when left lists differ.
    /// </summary>
    /// <param name="email">The address Mailchimp knows the member by.</param>
    /// <param name="left">The lists left.</param>
    /// <param name="holders">The records holding the address.</param>
    /// <param name="settings">The audience's settings.</param>
    /// <returns>The removal, or <see langword="null"/>.</returns>
    public static Removal? RemovalFor(string email, IReadOnlyList<ListMapping> left, IReadOnlyList<MemberSnapshot> holders, AudienceSettings settings)
    {
        if (holders.Count > 0)
        {
            return null;
        }

        var removing = left.Select(list => (List: list, Kind: RemovalKindOf(list, settings))).Where(l => l.Kind is not null).ToArray();
        if (removing.Length == 0)
        {
            return null;
        }

        var (list, kind) = removing.FirstOrDefault(l => l.Kind == RemovalKind.Unsubscribe) is { List: not null } unsubscribing ? unsubscribing : removing[0];
        return new Removal(kind!.Value, email, $"{email} left {list.Describe()} and no synced list of audience {settings.AudienceId} holds it any more");
    }

    private static RemovalKind? RemovalKindOf(ListMapping list, AudienceSettings settings) => list.Target?.Kind switch
    {
        ListTargetKind.Audience => settings.LeaveAction == LeaveAction.Unsubscribe ? RemovalKind.Unsubscribe : RemovalKind.Archive,
        _ => list.ExitAction switch
        {
            ListExitAction.Archive => RemovalKind.Archive,
            ListExitAction.Unsubscribe => RemovalKind.Unsubscribe,
            _ => null,
        },
    };

    private static void AddUnheld(DistinctList<ListMapping, Guid> left, DistinctList<ListMapping, Guid> held, ListMapping list)
    {
        if (!held.ContainsKey(list.ListId))
        {
            left.Add(list);
        }
    }
}
