using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>
/// Sends an erasure's updates as <c>$batch</c> requests (continue on error, the client's write tag so the plug-ins
/// queue nothing), one result per write: a 412 or 404 means the row changed or vanished since it was read (a running
/// push recorded it), so a second run finishes it. Error texts are scrubbed of the address.
/// </summary>
/// <param name="client">The Dataverse client.</param>
public sealed class ErasureWriter(IDataverseClient client)
{
    /// <summary>Writes the updates, or (dry run) only lists them.</summary>
    /// <param name="address">The address, to scrub error texts.</param>
    /// <param name="writes">The updates.</param>
    /// <param name="dryRun">List only.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>One item per write, in order.</returns>
    public async Task<IReadOnlyList<ForgetItem>> WriteAsync(ErasedAddress address, IReadOnlyList<ErasureWrite> writes, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(writes);
        if (dryRun || writes.Count == 0)
        {
            return writes.Select(write => new ForgetItem(write.Target, write.Name, ForgetOutcome.WouldChange)).ToArray();
        }

        var operations = writes.Select(write => BatchOperation.Update(write.EntitySet, write.Id, write.Changes, write.ETag)).ToArray();
        var result = await client.ExecuteBatchAsync(operations, continueOnError: true, cancellationToken).ConfigureAwait(false);
        return result.Results.Select(answer =>
        {
            var write = writes[answer.Index];
            return answer.Outcome switch
            {
                BatchOutcome.Succeeded => new ForgetItem(write.Target, write.Name, ForgetOutcome.Cleared),
                BatchOutcome.PreconditionFailed or BatchOutcome.NotFound => new ForgetItem(write.Target, write.Name, ForgetOutcome.ChangedMeanwhile, $"{write.Name} changed since it was read; run forget again"),
                _ => new ForgetItem(write.Target, write.Name, ForgetOutcome.Failed, address.Scrub($"{write.Name} was not cleared: {answer.Error?.Code} {answer.Error?.Message ?? answer.Outcome.ToString()}".Trim())),
            };
        }).ToArray();
    }
}
