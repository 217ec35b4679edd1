using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// A run's reads: the list mappings and the audiences' settings are read once per run, not once per cycle (a run's
/// later cycles name the same lists); every other read goes to Dataverse each time. A cycle that names a list the run
/// has not read yet reads the mappings again. Changes an admin makes to a mapping or a setting during a run apply from
/// the next run. One cycle is read at a time (<c>Run/PushRunner</c>), so the reader is not made for concurrent cycles.
/// </summary>
/// <param name="inner">Dataverse's reads.</param>
public sealed class RunScopedReader(IRecordReader inner) : IRecordReader
{
    private readonly Dictionary<string, AudienceSettings> _settings = new(StringComparer.Ordinal);
    private ListMappings? _lists;

    /// <inheritdoc/>
    public async Task<ListMappings> ReadListMappingsAsync(IReadOnlyCollection<Guid> namedListIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(namedListIds);
        if (_lists is { } known && namedListIds.All(id => known.Find(id) is not null))
        {
            return known;
        }

        return _lists = await inner.ReadListMappingsAsync(namedListIds, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, AudienceSettings>> ReadAudienceSettingsAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audienceIds);
        var unread = audienceIds.Where(id => !_settings.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (unread.Length > 0)
        {
            foreach (var (audience, setting) in await inner.ReadAudienceSettingsAsync(unread, cancellationToken).ConfigureAwait(false))
            {
                _settings[audience] = setting;
            }
        }

        return audienceIds.Where(_settings.ContainsKey).Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => _settings[id], StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadMembershipsAsync(IReadOnlyCollection<RecordRef> records, IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken) =>
        inner.ReadMembershipsAsync(records, listIds, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadListMembersAsync(IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken) =>
        inner.ReadListMembersAsync(listIds, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<MemberSnapshot>> ReadSnapshotsAsync(IReadOnlyCollection<RecordRef> records, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken) =>
        inner.ReadSnapshotsAsync(records, mappedColumns, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<MemberSnapshot>> ReadSnapshotsByEmailAsync(IReadOnlyCollection<string> emails, IReadOnlyCollection<string> tables, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken) =>
        inner.ReadSnapshotsByEmailAsync(emails, tables, mappedColumns, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<RecordRef>> ReadRecordsByEmailAsync(IReadOnlyCollection<string> emails, IReadOnlyCollection<string> tables, CancellationToken cancellationToken) =>
        inner.ReadRecordsByEmailAsync(emails, tables, cancellationToken);
}
