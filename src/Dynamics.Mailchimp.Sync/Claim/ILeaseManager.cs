namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Takes the ETag-guarded lease on a <c>dmc_syncstate</c> row (see docs/sync-engine.md, "Claim").</summary>
public interface ILeaseManager
{
    /// <summary>Takes the lease named <paramref name="name"/> when it is free, expired or already ours.</summary>
    /// <param name="name">The state key, e.g. <c>lease:push</c>.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>The lease, or who holds it.</returns>
    Task<LeaseAttempt> TryAcquireAsync(string name, CancellationToken cancellationToken);
}
