using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>
/// A held lease. Renew and release are one guarded PATCH each (<c>If-Match</c>: the ETag the last write answered
/// with). Without an ETag (the row was just created) or on 412 the row is read: if it still names this owner the write
/// is repeated with its ETag, otherwise the lease was taken (renew throws <see cref="LeaseLostException"/>, release
/// leaves the new owner's row alone).
/// </summary>
internal sealed class DataverseSyncLease : ISyncLease
{
    private readonly LeaseStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;
    private readonly string _name;
    private readonly Guid _rowId;
    private string? _etag;
    private bool _released;

    public DataverseSyncLease(LeaseStore store, TimeProvider time, TimeSpan duration, string name, Guid rowId, string owner, DateTimeOffset expiresOn, string? etag)
    {
        _store = store;
        _time = time;
        _duration = duration;
        _name = name;
        _rowId = rowId;
        _etag = etag;
        Owner = owner;
        ExpiresOn = expiresOn;
    }

    public string Owner { get; }

    public DateTimeOffset ExpiresOn { get; private set; }

    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_released, this);
        var expires = LeaseClock.Expiry(_time, _duration);
        _etag = await WriteOursAsync(etag => _store.WriteAsync(_rowId, etag, Owner, expires, cancellationToken), cancellationToken).ConfigureAwait(false);
        ExpiresOn = expires;
    }

    public async ValueTask DisposeAsync()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        try
        {
            await WriteOursAsync(etag => _store.ClearAsync(_rowId, etag, CancellationToken.None), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is LeaseLostException or DataverseApiException or HttpRequestException or TaskCanceledException)
        {
            // Never throw from dispose: a lease another instance took is not ours to release, and an unreleased one simply expires.
        }
    }

    /// <summary>The guarded write with the last ETag; else (none yet, or 412) with the row's, if it still names this owner.</summary>
    /// <returns>The ETag the write answered with, or null when it gave none.</returns>
    private async Task<string?> WriteOursAsync(Func<string, Task<WriteResult>> write, CancellationToken cancellationToken)
    {
        if (_etag is { } etag && await write(etag).ConfigureAwait(false) is { Succeeded: true } chained)
        {
            return chained.ETag;
        }

        var row = await _store.GetAsync(_rowId, cancellationToken).ConfigureAwait(false);
        if (row is null || !string.Equals(row.Owner, Owner, StringComparison.Ordinal))
        {
            throw new LeaseLostException(_name, row?.Owner);
        }

        var written = await write(row.ETag).ConfigureAwait(false);
        if (!written.Succeeded)
        {
            var winner = await _store.GetAsync(_rowId, cancellationToken).ConfigureAwait(false);
            throw new LeaseLostException(_name, winner?.Owner);
        }

        return written.ETag;
    }
}
