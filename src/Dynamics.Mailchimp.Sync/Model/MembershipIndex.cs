namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// Which syncing lists each record is in now, read in bulk after the changes. Immutable. The index is the truth about
/// membership; queue rows only say which records and lists to look at.
/// </summary>
public sealed class MembershipIndex
{
    private static readonly IReadOnlySet<Guid> NoLists = new HashSet<Guid>();
    private readonly Dictionary<RecordRef, HashSet<Guid>> listsByRecord;

    // Only Expand asks who is in a list (for whole lists and a full resync): built the first time it does.
    private readonly Lazy<Dictionary<Guid, RecordRef[]>> membersByList;

    /// <summary>Initializes a new instance of the <see cref="MembershipIndex"/> class.</summary>
    /// <param name="memberships">Each (record, list) pair once; duplicates are ignored.</param>
    public MembershipIndex(IEnumerable<(RecordRef Record, Guid ListId)> memberships)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        listsByRecord = new Dictionary<RecordRef, HashSet<Guid>>(memberships.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var (record, listId) in memberships)
        {
            if (!listsByRecord.TryGetValue(record, out var lists))
            {
                lists = [];
                listsByRecord.Add(record, lists);
            }

            lists.Add(listId);
        }

        membersByList = new Lazy<Dictionary<Guid, RecordRef[]>>(MembersByList);
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
    public IReadOnlyList<RecordRef> MembersOf(Guid listId) => membersByList.Value.GetValueOrDefault(listId) ?? [];

    private Dictionary<Guid, RecordRef[]> MembersByList()
    {
        var members = new Dictionary<Guid, List<RecordRef>>();
        foreach (var (record, lists) in listsByRecord)
        {
            foreach (var listId in lists)
            {
                if (!members.TryGetValue(listId, out var records))
                {
                    records = [];
                    members.Add(listId, records);
                }

                records.Add(record);
            }
        }

        // Each record is once in a list's members, so the order is total.
        return members.ToDictionary(pair => pair.Key, pair => pair.Value.OrderBy(r => r.Table, StringComparer.Ordinal).ThenBy(r => r.Id).ToArray());
    }
}
