using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Sync.Pull.Activity;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>
/// Sends an erasure's updates as <c>$batch</c> requests (continue on error, the client's write tag so the plug-ins
/// queue nothing), one result per write: a 412 or 404 means the row changed or vanished since it was read (a running
/// push recorded it), so a second run finishes it. A closed activity is reopened, written and closed again in one
/// changeset (all or nothing, <see cref="ErasureWrite.Reclose"/>). Error texts are scrubbed of the address.
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

        var operations = new List<BatchOperation>();
        var owners = new List<int>();
        for (var index = 0; index < writes.Count; index++)
        {
            var parts = Operations(writes[index], index).ToArray();
            operations.AddRange(parts);
            owners.AddRange(Enumerable.Repeat(index, parts.Length));
        }

        var result = await client.ExecuteBatchAsync(operations, continueOnError: true, cancellationToken).ConfigureAwait(false);

        // One item per write: the first of its operations that did not succeed decides (a changeset fails as a whole).
        return result.Results
            .GroupBy(answer => owners[answer.Index])
            .OrderBy(group => group.Key)
            .Select(group => Item(address, writes[group.Key], group.FirstOrDefault(answer => !answer.Succeeded) ?? group.First()))
            .ToArray();
    }

    private static IEnumerable<BatchOperation> Operations(ErasureWrite write, int index)
    {
        if (write.Reclose is null)
        {
            yield return BatchOperation.Update(write.EntitySet, write.Id, write.Changes, write.ETag);
            yield break;
        }

        var changeSet = "erasure" + index.ToString(CultureInfo.InvariantCulture);
        var reopen = new JsonObject { [ActivityNames.StateCode] = ForgetNames.ActivityOpen, [ActivityNames.StatusCode] = ForgetNames.ActivityOpenStatus };
        yield return BatchOperation.Update(write.EntitySet, write.Id, reopen, write.ETag) with { ChangeSet = changeSet };
        yield return BatchOperation.Update(write.EntitySet, write.Id, write.Changes, "*") with { ChangeSet = changeSet };
        yield return BatchOperation.Update(write.EntitySet, write.Id, (JsonObject)write.Reclose.DeepClone(), "*") with { ChangeSet = changeSet };
    }

    // A rolled-back changeset answers Failed for each of its operations, keeping the status that failed it (412: the ETag).
    private static ForgetItem Item(ErasedAddress address, ErasureWrite write, BatchOperationResult answer) => answer.Outcome switch
    {
        BatchOutcome.Succeeded => new ForgetItem(write.Target, write.Name, ForgetOutcome.Cleared),
        BatchOutcome.PreconditionFailed or BatchOutcome.NotFound => ChangedMeanwhile(write),
        BatchOutcome.Failed when answer.StatusCode == HttpStatusCode.PreconditionFailed => ChangedMeanwhile(write),
        _ => new ForgetItem(write.Target, write.Name, ForgetOutcome.Failed, address.Scrub($"{write.Name} was not cleared: {answer.Error?.Code} {answer.Error?.Message ?? answer.Outcome.ToString()}".Trim())),
    };

    private static ForgetItem ChangedMeanwhile(ErasureWrite write) =>
        new(write.Target, write.Name, ForgetOutcome.ChangedMeanwhile, $"{write.Name} changed since it was read; run forget again");
}
