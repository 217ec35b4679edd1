using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// <see cref="IRecordReader"/> over the Dataverse Web API: FetchXML with <c>in</c> conditions of at most 1,000 values,
/// run as GETs inside <c>$batch</c> calls (<see cref="ReadLimits"/>) with formatted values, so N changed records cost
/// about N/5,000 calls per read. (The Web API's <c>Microsoft.Dynamics.CRM.In</c> filter function would do as well on a
/// real org; FetchXML is used because the Dataverse sandbox serves it.) Dynamic lists have no <c>listmembers</c> rows:
/// their members are read with their own query, which <see cref="ReadListMappingsAsync"/> keeps, so read the mappings
/// first (a list this reader has not seen is read as a static list).
/// </summary>
public sealed class DataverseRecordReader : IRecordReader, IListMemberStream
{
    private readonly ListMappingReader lists;
    private readonly MembershipReader memberships;
    private readonly SnapshotReader snapshots;
    private readonly AudienceSettingsReader settings;
    private readonly ListSnapshotReader listSnapshots;

    /// <summary>Initializes a new instance of the <see cref="DataverseRecordReader"/> class.</summary>
    /// <param name="client">The Dataverse client.</param>
    public DataverseRecordReader(IDataverseClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var fetcher = new BulkFetcher(client);
        var dynamicLists = new DynamicLists();
        lists = new ListMappingReader(fetcher, dynamicLists);
        memberships = new MembershipReader(client, fetcher, dynamicLists);
        snapshots = new SnapshotReader(fetcher);
        settings = new AudienceSettingsReader(fetcher);
        listSnapshots = new ListSnapshotReader(client, dynamicLists);
    }

    /// <inheritdoc />
    public Task<ListMappings> ReadListMappingsAsync(IReadOnlyCollection<Guid> namedListIds, CancellationToken cancellationToken) =>
        lists.ReadAsync(namedListIds ?? throw new ArgumentNullException(nameof(namedListIds)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadMembershipsAsync(
        IReadOnlyCollection<RecordRef> records, IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(listIds);
        return memberships.ReadAsync(records, listIds, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadListMembersAsync(IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken) =>
        memberships.ReadListMembersAsync(listIds ?? throw new ArgumentNullException(nameof(listIds)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<MemberSnapshot>> ReadSnapshotsAsync(
        IReadOnlyCollection<RecordRef> records, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(mappedColumns);
        return snapshots.ReadByIdAsync(records, mappedColumns, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MemberSnapshot>> ReadSnapshotsByEmailAsync(
        IReadOnlyCollection<string> emails, IReadOnlyCollection<string> tables, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emails);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(mappedColumns);
        return snapshots.ReadByEmailAsync(emails, tables, mappedColumns, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordRef>> ReadRecordsByEmailAsync(IReadOnlyCollection<string> emails, IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emails);
        ArgumentNullException.ThrowIfNull(tables);
        return snapshots.ReadIdsByEmailAsync(emails, tables, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, AudienceSettings>> ReadAudienceSettingsAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken) =>
        settings.ReadAsync(audienceIds ?? throw new ArgumentNullException(nameof(audienceIds)), cancellationToken);

    /// <inheritdoc />
    public async Task<AudienceSettingsRows?> ReadAllAudienceSettingsAsync(CancellationToken cancellationToken) =>
        await settings.ReadAllAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public IAsyncEnumerable<MemberSnapshot> StreamMembersAsync(ListMapping list, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(mappedColumns);
        return listSnapshots.ReadAsync(list, mappedColumns, cancellationToken);
    }
}
