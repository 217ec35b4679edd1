namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// Which syncing lists each record is in now, read in bulk after the changes. Immutable. The index is the truth about
/// membership; queue rows only say which records and lists to look at.
/// </summary>
public sealed class MembershipIndex
{
    private static readonly IReadOnlySet<Guid> NoLists = new HashSet<Guid>();
    private readonly IReadOnlyDictionary<RecordRef, IReadOnlySet<Guid>> listsByRecord;
    private readonly IReadOnlyDictionary<Guid, IReadOnlyList<RecordRef>> membersByList;

    /// <summary>Initializes a new instance of the <see cref="MembershipIndex"/> class.</summary>
    /// <param name="memberships">Each (record, list) pair once; duplicates are ignored.</param>
    public MembershipIndex(IEnumerable<(RecordRef Record, Guid ListId)> memberships)
    {
        var pairs = memberships.Distinct().ToArray();
        listsByRecord = pairs.GroupBy(pair => pair.Record).ToDictionary(group => group.Key, group => (IReadOnlySet<Guid>)group.Select(pair => pair.ListId).ToHashSet());
        membersByList = pairs.GroupBy(pair => pair.ListId).ToDictionary(group => group.Key, group => (IReadOnlyList<RecordRef>)group.Select(pair => pair.Record).OrderBy(r => r.Table, StringComparer.Ordinal).ThenBy(r => r.Id).ToArray());
    }

    /// <summary>Gets an index with no memberships.</summary>
    public static MembershipIndex Empty { get; } = new([]);

    /// <summary>The lists <paramref name="record"/> is in now.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The list ids; empty when none.</returns>
    public IReadOnlySet<Guid> ListsOf(RecordRef record) => listsByRecord.GetValueOrDefault(record) ?? NoLists;

    /// <summary>The records in <paramref name="listId"/> now, in a stable order.</summary>
    /// <param name="listId">The list id.</param>
    /// <returns>The records; empty when none.</returns>
    public IReadOnlyList<RecordRef> MembersOf(Guid listId) => membersByList.GetValueOrDefault(listId) ?? [];
}
