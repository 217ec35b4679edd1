using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Dynamics.Mailchimp.Sandbox.Hosting.Recording;

/// <summary>
/// A request's body read once into memory and kept with the request, so that the recorder, a request cost and the
/// handler share one copy: the body is replaced by a seekable in-memory stream over the same bytes, which the handler
/// reads from the start as it would have read the original.
/// </summary>
public static class RequestBody
{
    private static readonly object Key = new();

    /// <summary>Reads the body on the first call and returns the same bytes on every later call for the request.</summary>
    /// <param name="context">The request.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The body's bytes; empty when there is none.</returns>
    public static async ValueTask<ReadOnlyMemory<byte>> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(Key, out var stored) && stored is byte[] known)
        {
            return known;
        }

        var request = context.Request;
        byte[] bytes;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            context.Items[Key] = Array.Empty<byte>();
            return Array.Empty<byte>();
        }

        if (request.ContentLength is { } length and <= int.MaxValue)
        {
            bytes = new byte[length];
            await request.Body.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }

        request.Body = new MemoryStream(bytes, writable: false);
        context.Items[Key] = bytes;
        return bytes;
    }

    /// <summary>Decodes a body as a <see cref="StreamReader"/> with its defaults would: UTF-8 unless a byte-order mark names another encoding.</summary>
    /// <param name="body">The body's bytes.</param>
    /// <returns>The text, without a byte-order mark.</returns>
    public static string Text(ReadOnlyMemory<byte> body)
    {
        var span = body.Span;
        if (span.Length < 2 || span[0] is not (0xEF or 0xFE or 0xFF or 0x00))
        {
            return Encoding.UTF8.GetString(span);
        }

        using var reader = new StreamReader(new MemoryStream(body.ToArray(), writable: false));
        return reader.ReadToEnd();
    }
}
