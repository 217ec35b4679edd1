using System.Globalization;
using System.Net;
using System.Text;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>An HTTP request or response embedded in an <c>application/http</c> batch part.</summary>
/// <param name="StartLine">Request line (<c>POST https://… HTTP/1.1</c>) or status line (<c>HTTP/1.1 204 No Content</c>).</param>
/// <param name="Headers">Headers (case-insensitive names).</param>
/// <param name="Body">Body bytes (UTF-8), trailing blank lines removed.</param>
public sealed record HttpMessagePart(string StartLine, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body)
{
    /// <summary>Gets the body as text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    /// <summary>Whether the start line is a status line.</summary>
    public bool IsResponse => StartLine.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Request method (requests only).</summary>
    public string Method => IsResponse ? string.Empty : StartLine.Split(' ')[0];

    /// <summary>Request target URL (requests only).</summary>
    public string Target => IsResponse ? string.Empty : StartLine.Split(' ')[1];

    /// <summary>Status code (responses only).</summary>
    /// <exception cref="FormatException">The status line has no numeric code.</exception>
    public HttpStatusCode StatusCode =>
        IsResponse && int.TryParse(StartLine.Split(' ')[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? (HttpStatusCode)code
            : throw new FormatException($"'{StartLine}' is not an HTTP status line.");

    /// <summary>Parses the body of an <c>application/http</c> part.</summary>
    /// <param name="text">The part body.</param>
    /// <returns>The message.</returns>
    /// <exception cref="FormatException">No start line, or a malformed header.</exception>
    public static HttpMessagePart Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Parses an <c>application/http</c> part's bytes; the body is a slice of them.</summary>
    /// <param name="text">The part body, UTF-8.</param>
    /// <returns>The message.</returns>
    /// <exception cref="FormatException">No start line, or a malformed header.</exception>
    public static HttpMessagePart Parse(ReadOnlyMemory<byte> text)
    {
        var lines = new LineReader(text, 0, text.Length);
        var (start, end) = ReadStartLine(text, ref lines);
        var startLine = Encoding.UTF8.GetString(text.Span[start..end]);
        var headers = MultipartMixedParser.ReadHeaders(text, ref lines, startLine, out var ended);
        var body = ended && lines.Position <= text.Length ? Trimmed(text[lines.Position..]) : ReadOnlyMemory<byte>.Empty;
        return new HttpMessagePart(startLine, headers, body);
    }

    /// <summary>Finds the request or status line: the first line that is not empty, which must hold a space.</summary>
    /// <param name="text">The part body, UTF-8.</param>
    /// <param name="lines">Its lines, left after the start line.</param>
    /// <returns>Where the start line lies in <paramref name="text"/>.</returns>
    /// <exception cref="FormatException">No such line.</exception>
    internal static (int Start, int End) ReadStartLine(ReadOnlyMemory<byte> text, ref LineReader lines)
    {
        int start, end;
        do
        {
            if (!lines.Next(out start, out end))
            {
                throw new FormatException("An application/http part has no request or status line.");
            }
        }
        while (start == end);

        return text.Span[start..end].IndexOf((byte)' ') >= 0
            ? (start, end)
            : throw new FormatException("An application/http part has no request or status line.");
    }

    /// <summary>The body without its trailing blank lines.</summary>
    /// <param name="body">The bytes after the headers.</param>
    /// <returns>A slice of them.</returns>
    internal static ReadOnlyMemory<byte> Trimmed(ReadOnlyMemory<byte> body) =>
        body[..body.Span.TrimEnd(" \t\r\n\v\f"u8).Length];
}
