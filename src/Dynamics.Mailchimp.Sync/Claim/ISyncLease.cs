namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>
/// The push lease this job instance holds: while it is held and not expired, no other instance processes queue rows.
/// A crashed instance's lease simply expires. Disposing releases it.
/// </summary>
public interface ISyncLease : IAsyncDisposable
{
    /// <summary>Gets who holds it (host, process and run), as written on the state row.</summary>
    string Owner { get; }

    /// <summary>Gets when it expires unless renewed.</summary>
    DateTimeOffset ExpiresOn { get; }

    /// <summary>Extends the lease by its duration; throws <see cref="LeaseLostException"/> if another instance took it.</summary>
    /// <param name="cancellationToken">Cancels the renewal.</param>
    /// <returns>A task.</returns>
    Task RenewAsync(CancellationToken cancellationToken);
}
