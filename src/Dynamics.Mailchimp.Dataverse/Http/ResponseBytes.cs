using System.Buffers;
using System.Runtime.InteropServices;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>Reads a response body into one array of its <c>Content-Length</c>.</summary>
/// <remarks>
/// <see cref="HttpContent.ReadAsByteArrayAsync(CancellationToken)"/> buffers the body in pooled arrays and then copies it
/// out: for a <c>$batch</c> answer of a megabyte that is three large objects instead of one.
/// </remarks>
internal static class ResponseBytes
{
    /// <summary>Reads <paramref name="content"/> whole.</summary>
    /// <param name="content">The response content.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The body.</returns>
    /// <exception cref="HttpRequestException">The connection ended before the body did.</exception>
    public static async Task<byte[]> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Headers.ContentLength is not { } length || length > Array.MaxLength)
        {
            return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        var body = new byte[length];
        await ReadExactlyAsync(content, body.AsMemory(), cancellationToken).ConfigureAwait(false);
        return body;
    }

    /// <summary>
    /// Reads <paramref name="content"/> whole into an array rented from the shared pool: a <c>$batch</c> answer of megabytes,
    /// read once per call and no longer needed once mapped, is otherwise a new large object each time, freed only by a full
    /// collection. Dispose the result once nothing refers to its bytes.
    /// </summary>
    /// <param name="content">The response content.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The body.</returns>
    /// <exception cref="HttpRequestException">The connection ended before the body did.</exception>
    public static async Task<RentedBytes> RentAsync(HttpContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Headers.ContentLength is not { } length || length > Array.MaxLength)
        {
            var whole = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return new RentedBytes(whole, whole.Length, rented: false);
        }

        var body = new RentedBytes(ArrayPool<byte>.Shared.Rent((int)length), (int)length, rented: true);
        try
        {
            await ReadExactlyAsync(content, MemoryMarshal.AsMemory(body.Memory), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            body.Dispose();
            throw;
        }

        return body;
    }

    private static async Task ReadExactlyAsync(HttpContent content, Memory<byte> body, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw new HttpRequestException(HttpRequestError.ResponseEnded, $"The response ended before its {body.Length} bytes were read.", ex);
            }
        }
    }
}
