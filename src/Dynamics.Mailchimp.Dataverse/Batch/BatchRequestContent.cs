using System.Net;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// A <c>$batch</c> request body written unit by unit as UTF-8 straight to the request stream each time it is sent (a retry
/// sends it again), with its <c>Content-Length</c> counted up front by the same writer. A batch of a thousand writes is
/// about half a megabyte: as one array it went to the large object heap, freed only by a full collection; held whole
/// while the request is in flight it raised the job's peak memory. Here only one unit's bytes are held at a time, in
/// arrays of 16 KB used again for the next unit.
/// </summary>
internal sealed class BatchRequestContent : HttpContent
{
    private readonly IReadOnlyList<BatchOperation> _operations;
    private readonly List<List<int>> _units;
    private readonly BatchRequestWriter _writer;
    private readonly string _boundary;
    private readonly string?[] _changeSets;
    private readonly Utf8Segments _unit = new();
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
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(newChangeSetBoundary);
        _operations = operations ?? throw new ArgumentNullException(nameof(operations));
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _writer = new BatchRequestWriter(factory, bypassCustomPlugins);
        _boundary = boundary;
        _changeSets = [.. units.Select(unit => BatchPlanner.IsChangeSet(operations, unit) ? newChangeSetBoundary() : null)];
        for (var u = 0; u <= units.Count; u++)
        {
            _length += Write(u).Length;
        }
    }

    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc/>
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        for (var u = 0; u <= _units.Count; u++)
        {
            await Write(u).CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    // Unit u's bytes, or the closing boundary's after the last unit.
    private Utf8Segments Write(int u)
    {
        _unit.Clear();
        if (u < _units.Count)
        {
            _writer.WriteUnit(_unit, _operations, _units[u], _boundary, _changeSets[u]);
        }
        else
        {
            BatchRequestWriter.WriteEnd(_unit, _boundary);
        }

        return _unit;
    }
}
