namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Takes the ETag-guarded lease on a <c>dmc_syncstate</c> row (see docs/sync-engine.md, "Claim").</summary>
public interface ILeaseManager
{
    /// <summary>Takes the lease named <paramref name="name"/> when it is free, expired or already ours.</summary>
    /// <param name="name">The state key, e.g. <c>lease:push</c>.</param>
    /// <param name="whenFree">
    /// Called when the row has been read and nobody else holds the lease, just before the guarded write that takes it:
    /// reads that only count under the lease may start then, beside that write (every earlier holder's writes ended
    /// before it released the lease, and nobody can take it between that read and the guarded write without that write
    /// failing). Called again before a second write (after losing the race to create the row): only what the last call
    /// started counts. What it started must be thrown away when the attempt returns no lease. Null: nothing to start.
    /// </param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>The lease, or who holds it.</returns>
    Task<LeaseAttempt> TryAcquireAsync(string name, Action? whenFree, CancellationToken cancellationToken);
}
