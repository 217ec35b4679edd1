using System.Buffers;
using System.Text;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>
/// A <c>$batch</c> body in a buffer rented from the shared array pool: megabytes per call, which as new strings and
/// arrays went to the large object heap on every call. Dispose it to give the buffer back; nothing read from it may
/// outlive it.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int FirstSize = 64 * 1024;
    private byte[]? _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>Gets the number of bytes.</summary>
    public int Length { get; }

    /// <summary>Gets the bytes.</summary>
    public ReadOnlyMemory<byte> Memory => (_buffer ?? throw new ObjectDisposedException(nameof(PooledBody))).AsMemory(0, Length);

    /// <summary>Reads an answer's content to its end.</summary>
    /// <param name="content">The content (sent with <see cref="HttpCompletionOption.ResponseHeadersRead"/>, so not yet buffered).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes.</returns>
    public static async Task<PooledBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var announced = content.Headers.ContentLength is long size and > 0 and < int.MaxValue ? (int)size : FirstSize;
        var buffer = ArrayPool<byte>.Shared.Rent(announced);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                do
                {
                    if (length == buffer.Length)
                    {
                        buffer = Grow(buffer, length);
                    }

                    read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    length += read;
                }
                while (read > 0);
            }

            return new PooledBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Encodes a request body built as text, chunk by chunk, without making it one string first.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static PooledBody Encode(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxByteCount(text.Length)));
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
        }

        length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
        return new PooledBody(buffer, length);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
