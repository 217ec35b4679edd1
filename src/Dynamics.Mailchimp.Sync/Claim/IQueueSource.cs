using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Reads the queue rows that are due: Pending, and Failed rows whose retry backoff has passed.</summary>
public interface IQueueSource
{
    /// <summary>Reads up to <paramref name="maxRows"/> due rows in <c>dmc_sequence</c> order.</summary>
    /// <param name="maxRows">The most rows one cycle takes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows, and an outcome (Failed, naming the row) for each row that cannot be read as a <see cref="QueueRow"/>.</returns>
    Task<QueueBatch> ReadDueAsync(int maxRows, CancellationToken cancellationToken);
}
