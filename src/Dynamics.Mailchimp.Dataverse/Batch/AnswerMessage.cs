using System.Globalization;
using System.Net;
using System.Text;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// The HTTP response inside an <c>application/http</c> part of a <c>$batch</c> answer, read for
/// <see cref="BatchResponseMapper"/>: status, <c>OData-EntityId</c>, <c>ETag</c> and body, not a dictionary of every
/// header as <see cref="HttpMessagePart"/> has. Read as <see cref="HttpMessagePart.Parse(ReadOnlyMemory{byte})"/> reads it.
/// </summary>
/// <param name="StatusCode">The status code.</param>
/// <param name="EntityId">The <c>OData-EntityId</c> header, if any.</param>
/// <param name="ETag">The <c>ETag</c> header, if any.</param>
/// <param name="Body">The body, trailing blank lines removed: a slice of the answer.</param>
internal readonly record struct AnswerMessage(HttpStatusCode StatusCode, string? EntityId, string? ETag, ReadOnlyMemory<byte> Body)
{
    /// <summary>Reads an <c>application/http</c> part's bytes.</summary>
    /// <param name="text">The part body, UTF-8.</param>
    /// <returns>The response.</returns>
    /// <exception cref="FormatException">No start line, a malformed header, or no status code.</exception>
    public static AnswerMessage Read(ReadOnlyMemory<byte> text)
    {
        var lines = new LineReader(text, 0, text.Length);
        var (start, end) = HttpMessagePart.ReadStartLine(text, ref lines);
        var headers = new HeaderReader(text, lines, null, text[start..end]);
        string? entityId = null;
        string? etag = null;
        while (headers.Next(out var name, out var value))
        {
            if (HeaderReader.IsNamed(name, DataverseHeaderNames.ODataEntityId))
            {
                entityId = HeaderReader.Text(value);
            }
            else if (HeaderReader.IsNamed(name, "ETag"))
            {
                etag = HeaderReader.Text(value);
            }
        }

        var position = headers.Lines.Position;
        var body = headers.Ended && position <= text.Length ? text[position..] : ReadOnlyMemory<byte>.Empty;
        return new AnswerMessage(Status(text.Span[start..end]), entityId, etag, HttpMessagePart.Trimmed(body));
    }

    // The second word of a status line ("HTTP/1.1 204 No Content"), digits only.
    private static HttpStatusCode Status(ReadOnlySpan<byte> line)
    {
        var rest = line[(line.IndexOf((byte)' ') + 1)..];
        var space = rest.IndexOf((byte)' ');
        var code = space >= 0 ? rest[..space] : rest;
        return line.Length >= "HTTP/".Length && Ascii.EqualsIgnoreCase(line[.."HTTP/".Length], "HTTP/")
            && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status)
            ? (HttpStatusCode)status
            : throw new FormatException($"'{Encoding.UTF8.GetString(line)}' is not an HTTP status line.");
    }
}
