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
    private Task<ListMappings?>? _lists;
    private Task _settingsRead = Task.CompletedTask;
    private AudienceSettingsRows? _all;

    /// <summary>
    /// Starts reading every syncing list's mapping and every audience's settings, side by side, so that they are in by
    /// the time the run's first rows are (they are then read beside the lease and the queue, not after them, and the
    /// settings not after the mappings). A failure is not reported here: the cycle that needs them reads them again and
    /// reports it.
    /// </summary>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public void StartReading(CancellationToken cancellationToken)
    {
        // On the pool: building the first reads (their first run in the process) does not hold up the caller's lease.
        var lists = Task.Run(() => ReadListsQuietlyAsync(cancellationToken), CancellationToken.None);
        var all = Task.Run(() => ReadAllSettingsQuietlyAsync(cancellationToken), CancellationToken.None);
        _lists = lists;
        _settingsRead = ReadSettingsQuietlyAsync(lists, all, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<ListMappings> ReadListMappingsAsync(IReadOnlyCollection<Guid> namedListIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(namedListIds);
        if (_lists is { } read && await read.ConfigureAwait(false) is { } known && namedListIds.All(id => known.Find(id) is not null))
        {
            return known;
        }

        var mappings = await inner.ReadListMappingsAsync(namedListIds, cancellationToken).ConfigureAwait(false);
        _lists = Task.FromResult<ListMappings?>(mappings);
        return mappings;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, AudienceSettings>> ReadAudienceSettingsAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audienceIds);
        await _settingsRead.ConfigureAwait(false);
        await ReadUnknownSettingsAsync(audienceIds, cancellationToken).ConfigureAwait(false);
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

    private async Task<ListMappings?> ReadListsQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await inner.ReadListMappingsAsync([], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            return null;
        }
    }

    private async Task<AudienceSettingsRows?> ReadAllSettingsQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await inner.ReadAllAudienceSettingsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            return null;
        }
    }

    private async Task ReadSettingsQuietlyAsync(Task<ListMappings?> lists, Task<AudienceSettingsRows?> all, CancellationToken cancellationToken)
    {
        try
        {
            _all = await all.ConfigureAwait(false);
            if (await lists.ConfigureAwait(false) is { } mappings)
            {
                await ReadUnknownSettingsAsync(mappings.Audiences, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // Read again, and reported, by the cycle that needs them.
        }
    }

    private async Task ReadUnknownSettingsAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken)
    {
        var unread = audienceIds.Where(id => !_settings.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (unread.Length > 0 && _all is { } rows)
        {
            // Every audience's rows were read at the start: an audience without any has the defaults.
            foreach (var audience in unread)
            {
                _settings[audience] = rows.For(audience);
            }
        }
        else if (unread.Length > 0)
        {
            foreach (var (audience, setting) in await inner.ReadAudienceSettingsAsync(unread, cancellationToken).ConfigureAwait(false))
            {
                _settings[audience] = setting;
            }
        }
    }
}
