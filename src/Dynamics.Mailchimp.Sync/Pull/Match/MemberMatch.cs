using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Read;

namespace Dynamics.Mailchimp.Sync.Pull.Match;

/// <summary>A Mailchimp member and every contact, lead and account it stands for, with the static syncing lists of its audience each is in.</summary>
/// <param name="Member">The member.</param>
/// <param name="Records">The records: by stored member id, then every other record with the address; empty when unmatched.</param>
/// <param name="Lists">Per record, the ids of the audience's static syncing lists it is in.</param>
public sealed record MemberMatch(PulledMember Member, IReadOnlyList<MemberSnapshot> Records, IReadOnlyDictionary<RecordRef, IReadOnlyList<Guid>> Lists)
{
    /// <summary>Gets a value indicating whether no record stands for the member.</summary>
    public bool IsUnmatched => Records.Count == 0;
}
