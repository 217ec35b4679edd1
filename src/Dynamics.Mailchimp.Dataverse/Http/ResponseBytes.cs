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
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw new HttpRequestException(HttpRequestError.ResponseEnded, $"The response ended before its {length} bytes were read.", ex);
            }
        }

        return body;
    }
}
