using System.Net;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// A <c>$batch</c> request body written once as UTF-8 into arrays of 16 KB (<see cref="Utf8Segments"/>), and sent from
/// them each time it is sent (a retry sends it again), with its <c>Content-Length</c> known up front. A batch of a
/// thousand writes is about half a megabyte: as one array it went to the large object heap, freed only by a full
/// collection; as text it was twice the size and was written twice (once to count its bytes).
/// </summary>
internal sealed class BatchRequestContent : HttpContent
{
    private readonly Utf8Segments _body = new();

    /// <summary>Creates the body; the operations are read here, once.</summary>
    /// <param name="operations">Every operation of the call.</param>
    /// <param name="units">This request's units (indexes into <paramref name="operations"/>).</param>
    /// <param name="factory">Builds each operation's URL.</param>
    /// <param name="bypassCustomPlugins">Whether writes carry the bypass header.</param>
    /// <param name="boundary">The batch boundary.</param>
    /// <param name="newChangeSetBoundary">Makes each changeset's boundary (once, here).</param>
    public BatchRequestContent(
        IReadOnlyList<BatchOperation> operations, List<List<int>> units, DataverseRequestFactory factory, bool bypassCustomPlugins, string boundary, Func<string> newChangeSetBoundary)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(newChangeSetBoundary);
        var writer = new BatchRequestWriter(factory, bypassCustomPlugins);
        foreach (var unit in units)
        {
            writer.WriteUnit(_body, operations, unit, boundary, BatchPlanner.IsChangeSet(operations, unit) ? newChangeSetBoundary() : null);
        }

        BatchRequestWriter.WriteEnd(_body, boundary);
    }

    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        _body.CopyToAsync(stream, CancellationToken.None);

    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        _body.CopyToAsync(stream, cancellationToken);

    /// <inheritdoc/>
    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}
