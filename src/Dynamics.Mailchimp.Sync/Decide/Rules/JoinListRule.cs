using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>
/// Rule: a list maps to the whole audience, a tag or an interest in one audience, and a record in it gets that. The
/// lists applied are the ones a holder joined in this run, or all its lists when it (re)enters: a full resync, a new
/// address, a reactivation or a lifted opt-out. A plain data change touches no tag.
/// </summary>
public static class JoinListRule
{
    private static readonly string[] ReentryColumns =
        [MemberFields.EmailAddress1, MemberFields.StateCode, MemberFields.DoNotBulkEmail, MemberFields.DoNotSendMarketingMaterials];

    /// <summary>The syncing lists the holders are in and the member gets in this run.</summary>
    /// <param name="group">The member's inputs.</param>
    /// <param name="holders">The records holding the address.</param>
    /// <param name="context">The lists, index and options.</param>
    /// <returns>The lists, in id order.</returns>
    public static IReadOnlyList<ListMapping> JoinedLists(MemberGroup group, IReadOnlyList<MemberSnapshot> holders, DecisionContext context)
    {
        // Loops, not LINQ chains: run for every member.
        var joined = new DistinctList<ListMapping, Guid>(static list => list.ListId);
        for (var i = 0; i < group.Works.Count; i++)
        {
            var work = group.Works[i];
            if (!AudienceHolders.Contains(holders, work.Record))
            {
                continue;
            }

            var reentry = IsReentry(work);
            foreach (var list in context.ListsOf(work.Record, group.AudienceId))
            {
                if (reentry || work.ListChanges.ContainsKey(list.ListId))
                {
                    joined.Add(list);
                }
            }
        }

        return joined.ToSortedArray(static (a, b) => a.ListId.CompareTo(b.ListId));
    }

    /// <summary>Whether the work brings the record (back) into its lists rather than just changing data.</summary>
    /// <param name="work">The work.</param>
    /// <returns>True for a full resync, a new or changed address, a status change or a consent change.</returns>
    public static bool IsReentry(MemberWork work)
    {
        if (work.ListChanges.Values.Contains(ListChange.Reevaluated))
        {
            return true;
        }

        for (var i = 0; i < work.ChangedColumns.Count; i++)
        {
            if (Array.IndexOf(ReentryColumns, work.ChangedColumns[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
