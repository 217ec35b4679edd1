using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Retry;

/// <summary>The real client, with a step run just before each <c>$batch</c>: another writer changing rows between a read and a write.</summary>
/// <param name="inner">The real client.</param>
/// <param name="beforeBatch">What happens first.</param>
internal sealed class InterceptingDataverseClient(IDataverseClient inner, Action beforeBatch) : DelegatingDataverseClient(inner)
{
    public override Task<BatchResult> ExecuteBatchAsync(IReadOnlyList<BatchOperation> operations, bool continueOnError = true, CancellationToken cancellationToken = default)
    {
        beforeBatch();
        return Inner.ExecuteBatchAsync(operations, continueOnError, cancellationToken);
    }
}
