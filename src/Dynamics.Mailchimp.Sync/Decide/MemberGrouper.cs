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
        // Dictionaries and loops, not LINQ chains: each address is normalized once, and the usual group has one work.
        var byRecord = new Dictionary<RecordRef, MemberSnapshot>(snapshots.Count);
        var byAddress = new Dictionary<string, List<MemberSnapshot>>(snapshots.Count, StringComparer.Ordinal);
        foreach (var snapshot in snapshots)
        {
            if (byRecord.TryAdd(snapshot.Record, snapshot) && snapshot.Email is { } email)
            {
                var key = SubscriberHash.Normalize(email);
                if (!byAddress.TryGetValue(key, out var holders))
                {
                    holders = new List<MemberSnapshot>(1);
                    byAddress.Add(key, holders);
                }

                holders.Add(snapshot);
            }
        }

        var groups = new List<GroupedWorks>();
        var byKey = new Dictionary<(string AudienceId, string Key), GroupedWorks>();
        foreach (var work in works)
        {
            var snapshot = byRecord.GetValueOrDefault(work.Record);
            var address = AddressOf(work, snapshot);
            var key = (work.AudienceId, address.Current is { } current ? SubscriberHash.Normalize(current) : $"\0{work.Record}");
            if (!byKey.TryGetValue(key, out var group))
            {
                group = new GroupedWorks(key.AudienceId, key.Item2);
                byKey.Add(key, group);
                groups.Add(group);
            }

            group.Members.Add((work, address));
            if (!work.Deleted && snapshot is null)
            {
                (group.Missing ??= []).Add(work.Record);
            }
        }

        // By audience, then by address (an address-less group first); a stable sort, so ties keep the works' order.
        return groups
            .Select(group => Build(group, byAddress))
            .OrderBy(built => built.Group.AudienceId, StringComparer.Ordinal)
            .ThenBy(built => built.Address, StringComparer.Ordinal)
            .Select(built => built.Group)
            .ToArray();
    }

    private static (string? Current, string? Previous) AddressOf(MemberWork work, MemberSnapshot? snapshot)
    {
        var present = snapshot is { IsActive: true, Email: not null } && !work.Deleted;
        return present
            ? (snapshot!.Email, work.FirstPreviousEmail)
            : (work.FirstPreviousEmail ?? snapshot?.Email ?? work.LastEmail, null);
    }

    // The group, and its normalized address (empty when it has none) to order it by.
    private (MemberGroup Group, string Address) Build(GroupedWorks group, Dictionary<string, List<MemberSnapshot>> byAddress)
    {
        var ordered = group.Members.Count == 1
            ? group.Members
            : group.Members.OrderBy(m => m.Work.Record.Table, StringComparer.Ordinal).ThenBy(m => m.Work.Record.Id).ToList();
        string? email = null;
        string? previous = null;
        foreach (var (_, address) in ordered)
        {
            email ??= address.Current;
            if (previous is null && address.Previous is { } candidate && !SubscriberHash.IsSameAddress(candidate, group.Key))
            {
                previous = candidate;
            }
        }

        var records = email is null ? [] : ByRecord(byAddress.GetValueOrDefault(group.Key));
        IReadOnlyList<string> warnings = [];
        if (previous is not null && StillHeldBy(previous, group.AudienceId, byAddress) is { } holder)
        {
            warnings = [$"{string.Join(" and ", ordered.Select(m => m.Work.Record))} changed the email from {previous} to {email}, but {holder} still uses {previous}: {email} is added as a new member and {previous} stays"];
            previous = null;
        }

        var works = new MemberWork[ordered.Count];
        for (var i = 0; i < works.Length; i++)
        {
            works[i] = ordered[i].Work;
        }

        var built = new MemberGroup
        {
            AudienceId = group.AudienceId,
            Email = email,
            PreviousEmail = previous,
            Works = works,
            Records = records,
            Missing = group.Missing?.ToArray() ?? [],
            Warnings = warnings,
        };
        return (built, email is null ? string.Empty : SubscriberHash.IsSameAddress(email, group.Key) ? group.Key : SubscriberHash.Normalize(email));
    }

    private static MemberSnapshot[] ByRecord(List<MemberSnapshot>? holders) => holders switch
    {
        null => [],
        [var only] => [only],
        _ => holders.OrderBy(s => s.Record.Table, StringComparer.Ordinal).ThenBy(s => s.Record.Id).ToArray(),
    };

    private RecordRef? StillHeldBy(string previous, string audienceId, Dictionary<string, List<MemberSnapshot>> byAddress)
    {
        var key = SubscriberHash.Normalize(previous);
        if (!byAddress.TryGetValue(key, out var holders))
        {
            return null;
        }

        foreach (var snapshot in holders)
        {
            if (AudienceHolders.IsHolder(snapshot, key, audienceId, context))
            {
                return snapshot.Record;
            }
        }

        return null;
    }

    // One (audience, address) key's works, in the order the works came, and those of them Read did not find.
    private sealed class GroupedWorks(string audienceId, string key)
    {
        public string AudienceId { get; } = audienceId;

        public string Key { get; } = key;

        public List<(MemberWork Work, (string? Current, string? Previous) Address)> Members { get; } = new(1);

        public List<RecordRef>? Missing { get; set; }
    }
}
