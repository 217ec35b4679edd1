using System.Buffers;
using System.Text;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>UTF-8 of text built in a <see cref="StringBuilder"/>, counted and written without making it one string or one array first.</summary>
internal static class Utf8Text
{
    // Characters encoded per write: the buffer (12 KB) stays on the small object heap.
    private const int SliceChars = 4096;

    /// <summary>Writes <paramref name="text"/> to <paramref name="stream"/> as UTF-8, slice by slice through one small buffer.</summary>
    /// <param name="text">The text (a <c>$batch</c> body: megabytes, which as one array went to the large object heap).</param>
    /// <param name="stream">The request stream.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>A task that completes when every byte is written.</returns>
    public static async Task WriteAsync(StringBuilder text, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stream);
        var encoder = Encoding.UTF8.GetEncoder();

        // Rented: a $batch body is written unit by unit, one call per unit, so a buffer of its own per call would be
        // allocated thousands of times per request.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(SliceChars));
        try
        {
            foreach (var chunk in text.GetChunks())
            {
                for (var start = 0; start < chunk.Length; start += SliceChars)
                {
                    var length = encoder.GetBytes(chunk.Span.Slice(start, Math.Min(SliceChars, chunk.Length - start)), buffer, flush: false);
                    await stream.WriteAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
                }
            }

            var tail = encoder.GetBytes([], buffer, flush: true);
            await stream.WriteAsync(buffer.AsMemory(0, tail), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The number of bytes <see cref="WriteAsync"/> writes for <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its UTF-8 length, lone surrogates counted as the replacement character like the encoder writes them.</returns>
    /// <remarks>Encoder.GetByteCount keeps no state between calls, so a surrogate pair split across two chunks is counted here.</remarks>
    public static long ByteCount(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const int ReplacementBytes = 3;
        long count = 0;
        var pendingHigh = false;
        foreach (var chunk in text.GetChunks())
        {
            var span = chunk.Span;
            if (span.IsEmpty)
            {
                continue;
            }

            if (pendingHigh)
            {
                count += char.IsLowSurrogate(span[0]) ? 4 : ReplacementBytes;
                span = char.IsLowSurrogate(span[0]) ? span[1..] : span;
                pendingHigh = false;
            }

            if (!span.IsEmpty && char.IsHighSurrogate(span[^1]))
            {
                pendingHigh = true;
                span = span[..^1];
            }

            count += Encoding.UTF8.GetByteCount(span);
        }

        return pendingHigh ? count + ReplacementBytes : count;
    }
}
