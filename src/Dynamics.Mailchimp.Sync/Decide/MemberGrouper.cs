using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Decide.Rules;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>
/// The per-address merge the issue calls "coalesce per (audience, email)": works become one group per Mailchimp
/// member, once Read has the records' current emails. A record that still has an address and is active is grouped by
/// its address now (renaming the member it had before, if the email changed); one that was deleted, deactivated or lost
/// its address is grouped by the address Mailchimp knows it by. Pure.
/// </summary>
/// <param name="context">The lists, index and options of the run.</param>
public sealed class MemberGrouper(DecisionContext context)
{
    /// <summary>Groups <paramref name="works"/> per (audience, address).</summary>
    /// <param name="works">The coalesced works.</param>
    /// <param name="snapshots">Every record Read returned: the changed records, and every record with one of their addresses (now or before).</param>
    /// <returns>The groups, ordered by audience and address.</returns>
    public IReadOnlyList<MemberGroup> Group(IReadOnlyList<MemberWork> works, IReadOnlyList<MemberSnapshot> snapshots)
    {
        var byRecord = snapshots.DistinctBy(s => s.Record).ToDictionary(s => s.Record);
        var byAddress = byRecord.Values.Where(s => s.Email is not null).ToLookup(s => SubscriberHash.Normalize(s.Email!));
        return works
            .Select(work => (Work: work, Address: AddressOf(work, byRecord.GetValueOrDefault(work.Record))))
            .GroupBy(x => (x.Work.AudienceId, Key: x.Address.Current is { } current ? SubscriberHash.Normalize(current) : $"\0{x.Work.Record}"))
            .Select(g => Build(g.Key.AudienceId, g.Key.Key, [.. g], byAddress) with
            {
                Missing = g.Where(x => !x.Work.Deleted && !byRecord.ContainsKey(x.Work.Record)).Select(x => x.Work.Record).ToArray(),
            })
            .OrderBy(group => group.AudienceId, StringComparer.Ordinal)
            .ThenBy(group => group.Email is null ? string.Empty : SubscriberHash.Normalize(group.Email), StringComparer.Ordinal)
            .ToArray();
    }

    private static (string? Current, string? Previous) AddressOf(MemberWork work, MemberSnapshot? snapshot)
    {
        var present = snapshot is { IsActive: true, Email: not null } && !work.Deleted;
        return present
            ? (snapshot!.Email, work.FirstPreviousEmail)
            : (work.FirstPreviousEmail ?? snapshot?.Email ?? work.LastEmail, null);
    }

    private MemberGroup Build(string audienceId, string key, (MemberWork Work, (string? Current, string? Previous) Address)[] members, ILookup<string, MemberSnapshot> byAddress)
    {
        var ordered = members.OrderBy(m => m.Work.Record.Table, StringComparer.Ordinal).ThenBy(m => m.Work.Record.Id).ToArray();
        var email = ordered.Select(m => m.Address.Current).FirstOrDefault(current => current is not null);
        var records = email is null ? [] : byAddress[key].OrderBy(s => s.Record.Table, StringComparer.Ordinal).ThenBy(s => s.Record.Id).ToArray();
        var previous = ordered.Select(m => m.Address.Previous).FirstOrDefault(p => p is not null && SubscriberHash.Normalize(p) != key);
        var warnings = new List<string>();
        if (previous is not null && StillHeldBy(previous, audienceId, byAddress) is { } holder)
        {
            warnings.Add($"{string.Join(" and ", ordered.Select(m => m.Work.Record))} changed the email from {previous} to {email}, but {holder} still uses {previous}: {email} is added as a new member and {previous} stays");
            previous = null;
        }

        return new MemberGroup
        {
            AudienceId = audienceId,
            Email = email,
            PreviousEmail = previous,
            Works = ordered.Select(m => m.Work).ToArray(),
            Records = records,
            Warnings = warnings,
        };
    }

    private RecordRef? StillHeldBy(string previous, string audienceId, ILookup<string, MemberSnapshot> byAddress)
    {
        var key = SubscriberHash.Normalize(previous);
        return byAddress[key].FirstOrDefault(s => AudienceHolders.IsHolder(s, key, audienceId, context))?.Record;
    }
}
