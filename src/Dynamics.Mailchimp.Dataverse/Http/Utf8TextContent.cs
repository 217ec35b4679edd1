using System.Net;
using System.Text;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>
/// A request body written from a <see cref="StringBuilder"/> as UTF-8 each time it is sent (a retry sends it again),
/// with its <c>Content-Length</c> counted up front. A <c>$batch</c> body of a thousand writes is about half a megabyte:
/// as a byte array it went to the large object heap, where only a full collection frees it; the builder's chunks are
/// small objects.
/// </summary>
/// <param name="text">The body; not changed while the content is in use.</param>
internal sealed class Utf8TextContent(StringBuilder text) : HttpContent
{
    private readonly long _length = Utf8Text.ByteCount(text);

    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        Utf8Text.WriteAsync(text, stream, CancellationToken.None);

    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        Utf8Text.WriteAsync(text, stream, cancellationToken);

    /// <inheritdoc/>
    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}
