using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Tests.Run.Fakes;

/// <summary>Lists, memberships and records held in memory, read through the Read contract.</summary>
internal sealed class FakeDataverse : IRecordReader, IAudienceSizes, IListMemberStream
{
    public List<ListMapping> Lists { get; } = [];

    public List<(RecordRef Record, Guid ListId)> Memberships { get; } = [];

    public List<MemberSnapshot> Records { get; } = [];

    public Dictionary<string, int> Sizes { get; } = new(StringComparer.Ordinal);

    private int _calls;

    public int Calls => _calls;

    /// <summary>Gets or sets what <see cref="ReadAllAudienceSettingsAsync"/> answers (null: the interface's default, no call).</summary>
    public AudienceSettingsRows? AllSettings { get; set; }

    /// <summary>Lists whose members cannot be read (a dynamic list with a broken query).</summary>
    public HashSet<Guid> Unreadable { get; } = [];

    public int SizeReads { get; private set; }

    public Action? OnCall { get; set; }

    /// <summary>Gets or sets what each read of records by id waits for before it is answered.</summary>
    public Func<IReadOnlyCollection<RecordRef>, Task>? OnSnapshotRead { get; set; }

    public Task<ListMappings> ReadListMappingsAsync(IReadOnlyCollection<Guid> namedListIds, CancellationToken cancellationToken) =>
        Answer(new ListMappings(Lists.Where(list => list.IsSyncing || namedListIds.Contains(list.ListId))));

    public Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadMembershipsAsync(IReadOnlyCollection<RecordRef> records, IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<(RecordRef, Guid)>>(Memberships.Where(m => records.Contains(m.Record) && listIds.Contains(m.ListId)).ToArray());

    public Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadListMembersAsync(IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<(RecordRef, Guid)>>(Memberships.Where(m => listIds.Contains(m.ListId)).ToArray());

    public async Task<IReadOnlyList<MemberSnapshot>> ReadSnapshotsAsync(IReadOnlyCollection<RecordRef> records, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken)
    {
        if (OnSnapshotRead is { } wait)
        {
            await wait(records);
        }

        return await Answer<IReadOnlyList<MemberSnapshot>>(Records.Where(r => records.Contains(r.Record)).ToArray());
    }

    public Task<IReadOnlyList<MemberSnapshot>> ReadSnapshotsByEmailAsync(IReadOnlyCollection<string> emails, IReadOnlyCollection<string> tables, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<MemberSnapshot>>(Records.Where(r => r.Email is not null && tables.Contains(r.Record.Table) && emails.Contains(r.Email, StringComparer.OrdinalIgnoreCase)).ToArray());

    public Task<IReadOnlyDictionary<string, AudienceSettings>> ReadAudienceSettingsAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken) =>
        Answer<IReadOnlyDictionary<string, AudienceSettings>>(audienceIds.ToDictionary(id => id, AudienceSettings.For, StringComparer.Ordinal));

    public Task<IReadOnlyDictionary<string, int>> ReadAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken)
    {
        SizeReads++;
        return Answer<IReadOnlyDictionary<string, int>>(audienceIds.Where(Sizes.ContainsKey).ToDictionary(id => id, id => Sizes[id], StringComparer.Ordinal));
    }

    public async IAsyncEnumerable<MemberSnapshot> StreamMembersAsync(ListMapping list, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Unreadable.Contains(list.ListId))
        {
            throw new RecordReadException($"{list.Describe()} is a dynamic list whose query is not FetchXML.");
        }

        var members = await Answer(Memberships.Where(m => m.ListId == list.ListId).Select(m => m.Record).ToHashSet());
        foreach (var record in Records.Where(r => members.Contains(r.Record)))
        {
            yield return record;
        }
    }

    public Task<AudienceSettingsRows?> ReadAllAudienceSettingsAsync(CancellationToken cancellationToken) =>
        AllSettings is null ? Task.FromResult<AudienceSettingsRows?>(null) : Answer<AudienceSettingsRows?>(AllSettings);

    // Reads run side by side (RunScopedReader.StartReading): counted atomically.
    private Task<T> Answer<T>(T value)
    {
        Interlocked.Increment(ref _calls);
        OnCall?.Invoke();
        return Task.FromResult(value);
    }
}
