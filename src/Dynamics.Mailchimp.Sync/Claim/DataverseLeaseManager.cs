using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>
/// Takes the push lease on a <c>dmc_syncstate</c> row with an ETag-guarded PATCH that answers with the row's new ETag
/// (so the lease renews and releases in one call each). Costs: 2 Dataverse calls when the row exists (read, guarded
/// write; 1 when another instance plainly holds it, 3 when a write loses the race and the holder is read again); 2 when
/// the row is created (read, create answering with the row's ETag); 3–4 when two instances race to create it. The read
/// may have been made ahead (<see cref="LeaseLookAhead"/>), beside the job's start.
/// </summary>
public sealed class DataverseLeaseManager : ILeaseManager
{
    private readonly LeaseStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;
    private LeaseLookAhead? _lookAhead;

    /// <summary>Creates the manager.</summary>
    /// <param name="client">The Dataverse client.</param>
    /// <param name="time">The job's clock (expiry is judged by it).</param>
    /// <param name="options">Duration and run id.</param>
    /// <param name="lookAhead">The lease row read ahead, used instead of reading it by the first attempt at that lease (null: read it then).</param>
    /// <exception cref="ValidationException">The duration is outside 10 seconds – 1 hour.</exception>
    public DataverseLeaseManager(IDataverseClient client, TimeProvider time, LeaseOptions options, LeaseLookAhead? lookAhead = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        SettingsValidators.ThrowIfInvalid(new SettingsValidators.Lease(), options);
        _store = new LeaseStore(client);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _duration = options.Duration;
        Owner = LeaseOwner.Create(options.RunId);
        _lookAhead = lookAhead;
    }

    /// <summary>Gets the owner string this manager writes.</summary>
    public string Owner { get; }

    /// <summary>Takes the lease named <paramref name="name"/> when it is free, expired or already ours.</summary>
    /// <param name="name">The state key, e.g. <c>lease:push</c>.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>The lease, or who holds it.</returns>
    public Task<LeaseAttempt> TryAcquireAsync(string name, CancellationToken cancellationToken) => TryAcquireAsync(name, null, cancellationToken);

    /// <inheritdoc/>
    public async Task<LeaseAttempt> TryAcquireAsync(string name, Action? whenFree, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var row = await FindAsync(name, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            var expires = ExpiryFromNow();
            whenFree?.Invoke();
            if (await _store.CreateAsync(name, Owner, expires, cancellationToken).ConfigureAwait(false) is { EntityId: { } id } created)
            {
                return Taken(name, id, expires, created.ETag);
            }

            // Another instance created it first: it holds the lease unless it has already let it go, and then its writes
            // may have ended after whenFree's call; taking it calls whenFree again.
            row = await _store.FindAsync(name, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The lease row '{name}' could neither be created nor read.");
        }

        return await TryTakeAsync(name, row, whenFree, cancellationToken).ConfigureAwait(false);
    }

    // The look-ahead serves the first attempt at its lease only: a later attempt reads the row as it is then.
    private Task<LeaseRow?> FindAsync(string name, CancellationToken cancellationToken)
    {
        if (_lookAhead is { } ahead && string.Equals(ahead.Name, name, StringComparison.Ordinal))
        {
            _lookAhead = null;
            return ahead.Row;
        }

        return _store.FindAsync(name, cancellationToken);
    }

    private async Task<LeaseAttempt> TryTakeAsync(string name, LeaseRow row, Action? whenFree, CancellationToken cancellationToken)
    {
        if (row.IsHeldByOther(Owner, _time.GetUtcNow()))
        {
            return Refused(row);
        }

        var expires = ExpiryFromNow();
        whenFree?.Invoke();
        var written = await _store.WriteAsync(row.Id, row.ETag, Owner, expires, cancellationToken).ConfigureAwait(false);
        if (written.Succeeded)
        {
            return Taken(name, row.Id, expires, written.ETag);
        }

        // 412: another instance wrote the row since we read it; it holds the lease now.
        var winner = await _store.GetAsync(row.Id, cancellationToken).ConfigureAwait(false);
        return Refused(winner ?? row);
    }

    // A row created without its ETag answered (the service ignored the preference): its first renewal or release reads it first.
    private LeaseAttempt Taken(string name, Guid id, DateTimeOffset expires, string? etag) =>
        new(new DataverseSyncLease(_store, _time, _duration, name, id, Owner, expires, etag), null);

    private static LeaseAttempt Refused(LeaseRow row) =>
        new(null, new LeaseHolder(row.Owner ?? string.Empty, row.ExpiresOn ?? DateTimeOffset.MinValue));

    private DateTimeOffset ExpiryFromNow() => LeaseClock.Expiry(_time, _duration);
}
