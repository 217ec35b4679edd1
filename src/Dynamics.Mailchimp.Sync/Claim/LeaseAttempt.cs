namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>The outcome of taking a lease: the lease, or who holds it and until when.</summary>
/// <param name="Lease">The lease, when taken.</param>
/// <param name="Holder">The other holder, when not taken.</param>
public sealed record LeaseAttempt(ISyncLease? Lease, LeaseHolder? Holder);
