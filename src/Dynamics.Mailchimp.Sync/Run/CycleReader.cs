using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// Expand, Coalesce and the reads around them, in the order the pure steps need their inputs: the lists and the
/// memberships of the rows' records (Expand), then the changed records, then every record that shares their
/// addresses (Decide's per-address merge and "another record still holds it").
/// </summary>
/// <param name="reader">Dataverse reads.</param>
/// <param name="sizes">Mailchimp audience sizes.</param>
/// <param name="consents">
/// The Customer Insights – Journeys consent records, read in one more call when an audience of the cycle is mapped to a
/// purpose (and the org has them); <see langword="null"/> never reads them.
/// </param>
public sealed class CycleReader(IRecordReader reader, IAudienceSizes sizes, IJourneysConsentReader? consents = null)
{
    /// <summary>
    /// A reader for one run: it reads the list mappings and the audiences' settings once (<see cref="RunScopedReader"/>),
    /// and starts reading them now, beside the lease and the queue.
    /// </summary>
    /// <param name="cancellationToken">Cancels those reads.</param>
    /// <returns>The reader.</returns>
    public CycleReader ForRun(CancellationToken cancellationToken)
    {
        var scoped = new RunScopedReader(reader);
        scoped.StartReading(cancellationToken);
        return new(scoped, sizes, consents);
    }

    /// <summary>Reads and works out one cycle's inputs.</summary>
    /// <param name="rows">The cycle's rows.</param>
    /// <param name="options">The job's options (a full resync expands every syncing list).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The inputs.</returns>
    public async Task<CycleInputs> ReadAsync(IReadOnlyList<QueueRow> rows, SyncOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        var lists = (await reader.ReadListMappingsAsync(NamedLists(rows), cancellationToken).ConfigureAwait(false)).WithDeleted(rows);
        var syncing = lists.Syncing.Select(list => list.ListId).ToArray();

        // One round for the independent reads: the rows' records' lists, whole lists' members, and the settings of every
        // audience the lists map to (a superset of the audiences the cycle's work ends up in). The rows' own records are
        // read in it too, as soon as the settings say which columns are mapped (but for whole lists, they are the
        // records the cycle's work is about), and then who else holds their addresses.
        var wholeLists = WholeLists(rows, lists, options);
        var namedRecords = NamedRecords(rows);
        var named = reader.ReadMembershipsAsync(namedRecords, syncing, cancellationToken);
        var whole = wholeLists.Count > 0 ? reader.ReadListMembersAsync(wholeLists, cancellationToken) : Task.FromResult<IReadOnlyList<(RecordRef Record, Guid ListId)>>([]);
        var allSettings = reader.ReadAudienceSettingsAsync(lists.Audiences, cancellationToken);
        var early = ReadNamedSnapshotsAsync(allSettings, namedRecords, cancellationToken);
        var coHolders = new CoHolderReader(reader, SyncTables.Enabled(options), syncing);
        var earlyHolders = coHolders.ReadNamedAsync(SnapshotsOf(early), rows, cancellationToken);
        await Task.WhenAll(named, whole, allSettings, early, earlyHolders).ConfigureAwait(false);
        var memberships = new List<(RecordRef Record, Guid ListId)>();
        memberships.AddRange(await named.ConfigureAwait(false));
        memberships.AddRange(await whole.ConfigureAwait(false));

        var index = new MembershipIndex(memberships);
        var indexed = memberships.Count;
        var expanded = new RowExpander(new ExpandContext(lists, index, options)).Expand(rows);
        var coalesced = new Coalescer().Coalesce(expanded.Events);
        var audiences = coalesced.Works.Select(work => work.AudienceId).ToHashSet(StringComparer.Ordinal);
        var settings = (await allSettings.ConfigureAwait(false)).Where(pair => audiences.Contains(pair.Key)).ToDictionary(StringComparer.Ordinal);
        var unread = audiences.Except(lists.Audiences, StringComparer.Ordinal).ToArray();
        if (unread.Length > 0)
        {
            foreach (var (audience, setting) in await reader.ReadAudienceSettingsAsync(unread, cancellationToken).ConfigureAwait(false))
            {
                settings[audience] = setting;
            }
        }

        var mapped = MappedColumns(settings.Values);
        var readEarly = await early.ConfigureAwait(false);
        var changed = await ChangedRecordsAsync(readEarly, namedRecords, coalesced.Works, mapped, cancellationToken).ConfigureAwait(false);
        var reusable = Covers(readEarly.Mapped, mapped) ? readEarly.Snapshots : [];
        var snapshots = await coHolders.AddAsync(coalesced.Works, changed, await earlyHolders.ConfigureAwait(false), reusable, memberships, mapped, cancellationToken).ConfigureAwait(false);
        var purposes = settings.Values.Select(s => s.Journeys).OfType<JourneysPurpose>().Distinct().ToArray();
        var addresses = snapshots.Select(snapshot => snapshot.Email).OfType<string>().ToArray();
        var journeys = consents is null || purposes.Length == 0
            ? JourneysConsents.None
            : await consents.ReadAsync(addresses, purposes, cancellationToken).ConfigureAwait(false);
        return new CycleInputs
        {
            Lists = lists,
            // Built once: again only when the co-holders brought memberships of their own.
            Index = memberships.Count == indexed ? index : new MembershipIndex(memberships),
            Expanded = expanded,
            Coalesced = coalesced,
            Snapshots = snapshots,
            Settings = settings,
            Consents = journeys,
        };
    }

    /// <summary>The Mailchimp sizes of the audiences the rail has to measure (none in a run without many removals).</summary>
    /// <param name="audiences">The audiences (<see cref="RunDecider.AudiencesToMeasure"/>).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The member count of each audience Mailchimp knows.</returns>
    public async Task<IReadOnlyDictionary<string, int>> ReadAudienceSizesAsync(IReadOnlyList<string> audiences, CancellationToken cancellationToken) =>
        audiences.Count == 0 ? new Dictionary<string, int>() : await sizes.ReadAsync(audiences, cancellationToken).ConfigureAwait(false);

    private async Task<(Dictionary<string, IReadOnlyCollection<string>> Mapped, IReadOnlyList<MemberSnapshot> Snapshots)> ReadNamedSnapshotsAsync(
        Task<IReadOnlyDictionary<string, AudienceSettings>> settings, RecordRef[] records, CancellationToken cancellationToken)
    {
        var mapped = MappedColumns((await settings.ConfigureAwait(false)).Values);
        return (mapped, records.Length == 0 ? [] : await reader.ReadSnapshotsAsync(records, mapped, cancellationToken).ConfigureAwait(false));
    }

    // The snapshots of the works' records: those the rows named come from the early read (it has every column mapped in
    // the cycle's audiences unless an audience was found only by Expand); the others, those of whole lists, are read now.
    private async Task<IReadOnlyList<MemberSnapshot>> ChangedRecordsAsync(
        (Dictionary<string, IReadOnlyCollection<string>> Mapped, IReadOnlyList<MemberSnapshot> Snapshots) early,
        RecordRef[] namedRecords,
        IReadOnlyList<MemberWork> works,
        Dictionary<string, IReadOnlyCollection<string>> mapped,
        CancellationToken cancellationToken)
    {
        var records = works.Select(work => work.Record).Distinct().ToArray();
        if (!Covers(early.Mapped, mapped))
        {
            return await reader.ReadSnapshotsAsync(records, mapped, cancellationToken).ConfigureAwait(false);
        }

        var wanted = records.ToHashSet();
        var changed = early.Snapshots.Where(snapshot => wanted.Contains(snapshot.Record)).ToList();
        var named = namedRecords.ToHashSet();
        var rest = records.Where(record => !named.Contains(record)).ToArray();
        if (rest.Length > 0)
        {
            changed.AddRange(await reader.ReadSnapshotsAsync(rest, mapped, cancellationToken).ConfigureAwait(false));
        }

        return changed;
    }

    private static async Task<IReadOnlyList<MemberSnapshot>> SnapshotsOf(Task<(Dictionary<string, IReadOnlyCollection<string>> Mapped, IReadOnlyList<MemberSnapshot> Snapshots)> early) =>
        (await early.ConfigureAwait(false)).Snapshots;

    private static bool Covers(Dictionary<string, IReadOnlyCollection<string>> read, Dictionary<string, IReadOnlyCollection<string>> needed) =>
        needed.All(table => read.TryGetValue(table.Key, out var columns) && table.Value.All(columns.Contains));

    private static Guid[] NamedLists(IReadOnlyList<QueueRow> rows) =>
        rows.Select(row => row.ListId).OfType<Guid>().Distinct().ToArray();

    private static RecordRef[] NamedRecords(IReadOnlyList<QueueRow> rows) =>
        rows.SelectMany(row => row.MemberIds.Count > 0
                ? row.MemberIds.Select(id => new RecordRef(row.TargetTable, id))
                : row.TargetId is { } id && SyncTables.IsMemberTable(row.TargetTable) ? [new RecordRef(row.TargetTable, id)] : [])
            .Distinct()
            .ToArray();

    private static List<Guid> WholeLists(IReadOnlyList<QueueRow> rows, ListMappings lists, SyncOptions options)
    {
        var whole = rows.Where(row => row.Kind == QueueRowKind.ListMembersChanged).Select(row => row.ListId).OfType<Guid>().ToList();
        if (options.FullResync)
        {
            whole.AddRange(lists.Syncing.Select(list => list.ListId));
        }

        return whole.Distinct().ToList();
    }

    private static Dictionary<string, IReadOnlyCollection<string>> MappedColumns(IEnumerable<AudienceSettings> settings) =>
        settings.SelectMany(s => s.MergeFieldMappings)
            .GroupBy(mapping => mapping.Table, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (IReadOnlyCollection<string>)group.Select(m => m.Column).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
}
