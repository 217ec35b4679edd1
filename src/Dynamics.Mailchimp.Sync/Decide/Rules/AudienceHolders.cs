using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>
/// Rule: who still holds the address in the audience. A holder is an active record of an enabled kind, with this
/// address now, in at least one syncing list mapped into the audience (to the audience, a tag or an interest). While a
/// holder remains, the member stays; a deactivated, deleted or switched-off record, or one whose email was cleared or
/// changed, holds nothing.
/// </summary>
public static class AudienceHolders
{
    /// <summary>The holders among <paramref name="group"/>'s records, in record order.</summary>
    /// <param name="group">The member's inputs.</param>
    /// <param name="context">The lists, index and options.</param>
    /// <returns>The holders; empty when the member leaves the audience's lists.</returns>
    public static IReadOnlyList<MemberSnapshot> Find(MemberGroup group, DecisionContext context)
    {
        if (group.Email is null)
        {
            return [];
        }

        // Loops, not LINQ chains: run for every member.
        var key = SubscriberHash.Normalize(group.Email);
        var holders = new DistinctList<MemberSnapshot, RecordRef>(static snapshot => snapshot.Record);
        for (var i = 0; i < group.Records.Count; i++)
        {
            var snapshot = group.Records[i];
            if (!IsDeleted(group, snapshot.Record) && IsHolder(snapshot, key, group.AudienceId, context))
            {
                holders.Add(snapshot);
            }
        }

        return holders.Items;
    }

    /// <summary>Whether <paramref name="snapshot"/> holds the normalized address <paramref name="key"/> in the audience.</summary>
    /// <param name="snapshot">The record.</param>
    /// <param name="key">The normalized address.</param>
    /// <param name="audienceId">The audience.</param>
    /// <param name="context">The lists, index and options.</param>
    /// <returns>True when the record keeps the member in the audience.</returns>
    public static bool IsHolder(MemberSnapshot snapshot, string key, string audienceId, DecisionContext context) =>
        snapshot.IsActive
        && snapshot.Email is { } email
        && SubscriberHash.IsSameAddress(email, key)
        && context.Options.IsEnabled(snapshot.Record.Table)
        && context.IsInAnyList(snapshot.Record, audienceId);

    /// <summary>Whether <paramref name="record"/> is among <paramref name="holders"/>.</summary>
    /// <param name="holders">The holders (<see cref="Find"/>).</param>
    /// <param name="record">The record.</param>
    /// <returns>True when it holds the address.</returns>
    public static bool Contains(IReadOnlyList<MemberSnapshot> holders, RecordRef record)
    {
        for (var i = 0; i < holders.Count; i++)
        {
            if (holders[i].Record == record)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeleted(MemberGroup group, RecordRef record)
    {
        for (var i = 0; i < group.Works.Count; i++)
        {
            if (group.Works[i].Deleted && group.Works[i].Record == record)
            {
                return true;
            }
        }

        return false;
    }
}
