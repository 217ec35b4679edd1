using Dynamics.Mailchimp.Sync.Pull.Decide;

namespace Dynamics.Mailchimp.Sync.Pull.Record;

/// <summary>Commits consent changes: each record's list removals, log rows and column updates together or not at all.</summary>
public interface IConsentWriter
{
    /// <summary>Writes <paramref name="changes"/>; never throws for one bad record.</summary>
    /// <param name="changes">The changes.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>One result per change, in input order.</returns>
    Task<IReadOnlyList<ConsentWriteResult>> WriteAsync(IReadOnlyList<ConsentChange> changes, CancellationToken cancellationToken);
}
