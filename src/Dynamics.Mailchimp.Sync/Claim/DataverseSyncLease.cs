using Dynamics.Mailchimp.Dataverse.Errors;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>
/// A held lease. Renew and release each cost 2 Dataverse calls (read the row for its ETag, guarded PATCH): the Web
/// API's 204 to a PATCH carries no ETag to chain on.
/// </summary>
internal sealed class DataverseSyncLease : ISyncLease
{
    private readonly LeaseStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;
    private readonly string _name;
    private readonly Guid _rowId;
    private bool _released;

    public DataverseSyncLease(LeaseStore store, TimeProvider time, TimeSpan duration, string name, Guid rowId, string owner, DateTimeOffset expiresOn)
    {
        _store = store;
        _time = time;
        _duration = duration;
        _name = name;
        _rowId = rowId;
        Owner = owner;
        ExpiresOn = expiresOn;
    }

    public string Owner { get; }

    public DateTimeOffset ExpiresOn { get; private set; }

    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_released, this);
        var row = await _store.GetAsync(_rowId, cancellationToken).ConfigureAwait(false);
        if (row is null || !string.Equals(row.Owner, Owner, StringComparison.Ordinal))
        {
            throw new LeaseLostException(_name, row?.Owner);
        }

        var expires = LeaseClock.Expiry(_time, _duration);
        if (!await _store.WriteAsync(_rowId, row.ETag, Owner, expires, cancellationToken).ConfigureAwait(false))
        {
            var winner = await _store.GetAsync(_rowId, cancellationToken).ConfigureAwait(false);
            throw new LeaseLostException(_name, winner?.Owner);
        }

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
            var row = await _store.GetAsync(_rowId, CancellationToken.None).ConfigureAwait(false);
            if (row is not null && string.Equals(row.Owner, Owner, StringComparison.Ordinal))
            {
                // A 412 here means another instance took the expired lease: nothing of ours to release.
                await _store.WriteAsync(_rowId, row.ETag, null, null, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is DataverseApiException or HttpRequestException or TaskCanceledException)
        {
            // Never throw from dispose: an unreleased lease simply expires.
        }
    }
}
