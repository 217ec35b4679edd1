using System.Net;
using System.Text;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// A <c>$batch</c> request body written unit by unit straight to the request stream each time it is sent (a retry sends it
/// again), with its <c>Content-Length</c> counted up front by the same writer. A batch of a thousand writes is about half a
/// megabyte: as one array it went to the large object heap, freed only by a full collection, once per request; here only one
/// unit's text is held at a time.
/// </summary>
internal sealed class BatchRequestContent : HttpContent
{
    private readonly IReadOnlyList<BatchOperation> _operations;
    private readonly List<List<int>> _units;
    private readonly DataverseRequestFactory _factory;
    private readonly bool _bypassCustomPlugins;
    private readonly string _boundary;
    private readonly string?[] _changeSets;
    private readonly long _length;

    /// <summary>Creates the body; the operations must not change while it is in use.</summary>
    /// <param name="operations">Every operation of the call.</param>
    /// <param name="units">This request's units (indexes into <paramref name="operations"/>).</param>
    /// <param name="factory">Builds each operation's URL.</param>
    /// <param name="bypassCustomPlugins">Whether writes carry the bypass header.</param>
    /// <param name="boundary">The batch boundary.</param>
    /// <param name="newChangeSetBoundary">Makes each changeset's boundary (once, here).</param>
    public BatchRequestContent(
        IReadOnlyList<BatchOperation> operations, List<List<int>> units, DataverseRequestFactory factory, bool bypassCustomPlugins, string boundary, Func<string> newChangeSetBoundary)
    {
        ArgumentNullException.ThrowIfNull(newChangeSetBoundary);
        _operations = operations ?? throw new ArgumentNullException(nameof(operations));
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _factory = factory ?? throw new ArgumentNullException(nameof(factory));
        _bypassCustomPlugins = bypassCustomPlugins;
        _boundary = boundary;
        _changeSets = [.. units.Select(unit => BatchPlanner.IsChangeSet(operations, unit) ? newChangeSetBoundary() : null)];
        var text = new StringBuilder();
        for (var u = 0; u < units.Count; u++)
        {
            _length += Utf8Text.ByteCount(WriteUnit(text.Clear(), u));
        }

        _length += Utf8Text.ByteCount(BatchRequestWriter.WriteEnd(text.Clear(), boundary));
    }

    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc/>
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        for (var u = 0; u < _units.Count; u++)
        {
            await Utf8Text.WriteAsync(WriteUnit(text.Clear(), u), stream, cancellationToken).ConfigureAwait(false);
        }

        await Utf8Text.WriteAsync(BatchRequestWriter.WriteEnd(text.Clear(), _boundary), stream, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    private StringBuilder WriteUnit(StringBuilder text, int unit) =>
        BatchRequestWriter.WriteUnit(text, _operations, _units[unit], _factory, _bypassCustomPlugins, _boundary, _changeSets[unit]);
}
