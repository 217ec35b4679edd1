using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// Read: the current Dataverse data the pure steps need, in bulk (never one query per record); see
/// docs/sync-engine.md, "What the next slices must provide" and "Read".
/// </summary>
public interface IRecordReader
{
    /// <summary>Every syncing list's mapping, plus the lists in <paramref name="namedListIds"/> (syncing or not).</summary>
    Task<ListMappings> ReadListMappingsAsync(IReadOnlyCollection<Guid> namedListIds, CancellationToken cancellationToken);

    /// <summary>The memberships of <paramref name="records"/> in the lists <paramref name="listIds"/>.</summary>
    Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadMembershipsAsync(
        IReadOnlyCollection<RecordRef> records, IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken);

    /// <summary>Every member of the lists <paramref name="listIds"/> (for a full resync and re-evaluated lists).</summary>
    Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadListMembersAsync(IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken);

    /// <summary>
    /// Snapshots of <paramref name="records"/>; a record that no longer exists is simply absent. Besides the core
    /// columns (email, names, consent, state, the stored Mailchimp id and status, createdon), each snapshot carries
    /// <paramref name="mappedColumns"/> of its table (the merge-field mappings' columns) with formatted values.
    /// </summary>
    Task<IReadOnlyList<MemberSnapshot>> ReadSnapshotsAsync(
        IReadOnlyCollection<RecordRef> records, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken);

    /// <summary>Snapshots of every contact, lead and account (of <paramref name="tables"/>) whose email is one of <paramref name="emails"/>, case-insensitively.</summary>
    Task<IReadOnlyList<MemberSnapshot>> ReadSnapshotsByEmailAsync(
        IReadOnlyCollection<string> emails, IReadOnlyCollection<string> tables, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken);

    /// <summary>
    /// The contacts, leads and accounts (of <paramref name="tables"/>) whose email is one of <paramref name="emails"/>,
    /// case-insensitively: their ids only, so finding who shares an address reads two columns a row, not a snapshot.
    /// This default reads the snapshots.
    /// </summary>
    async Task<IReadOnlyList<RecordRef>> ReadRecordsByEmailAsync(IReadOnlyCollection<string> emails, IReadOnlyCollection<string> tables, CancellationToken cancellationToken) =>
        [.. (await ReadSnapshotsByEmailAsync(emails, tables, new Dictionary<string, IReadOnlyCollection<string>>(), cancellationToken).ConfigureAwait(false)).Select(s => s.Record)];

    /// <summary>The settings of each audience (defaults where no <c>dmc_audiencesetting</c> row exists), with their merge-field mappings.</summary>
    Task<IReadOnlyDictionary<string, AudienceSettings>> ReadAudienceSettingsAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken);

    /// <summary>
    /// Every audience's settings rows and merge-field mappings, so that a run can read them beside its list mappings
    /// instead of after them (<see cref="RunScopedReader"/>); null when this reader reads settings by audience only
    /// (this default).
    /// </summary>
    Task<AudienceSettingsRows?> ReadAllAudienceSettingsAsync(CancellationToken cancellationToken) => Task.FromResult<AudienceSettingsRows?>(null);
}
