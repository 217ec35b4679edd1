using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Reads the queue rows that are due: Pending, and Failed rows whose retry backoff has passed.</summary>
public interface IQueueSource
{
    /// <summary>
    /// Reads due rows in <c>dmc_sequence</c> order until <paramref name="maxRows"/> rows or <paramref name="maxChanges"/>
    /// member changes (a bulk membership row counts its members, any other row one) are reached, so a cycle holds at most
    /// <paramref name="maxChanges"/> plus one row's members, and always makes progress.
    /// </summary>
    /// <param name="maxRows">The most rows one cycle takes.</param>
    /// <param name="maxChanges">The most member changes one cycle takes.</param>
    /// <param name="after">Where the run has read to: only the due rows ahead of it are read (<see cref="QueueCursor.Start"/> for a run's first cycle).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows, an outcome (Failed, naming the row) for each row that cannot be read as a <see cref="QueueRow"/>,
    /// whether a limit cut the read short, and the cursor past the rows read.</returns>
    Task<QueueBatch> ReadDueAsync(int maxRows, int maxChanges, QueueCursor after, CancellationToken cancellationToken);
}
