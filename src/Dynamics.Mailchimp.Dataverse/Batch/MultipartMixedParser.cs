using System.Text;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// Reads <c>multipart/mixed</c> bodies as used by OData <c>$batch</c> (RFC 2046): preamble ignored, parts split on
/// <c>--boundary</c> lines, closed by <c>--boundary--</c>. Accepts CRLF or bare LF line ends. Works on the UTF-8 bytes: a part's body is a
/// slice of them, not a copy.
/// </summary>
public static class MultipartMixedParser
{
    /// <summary>Extracts the <c>boundary</c> parameter of a multipart content type (quoted or not).</summary>
    /// <param name="contentType">E.g. <c>multipart/mixed; boundary=batchresponse_1</c>.</param>
    /// <returns>The boundary.</returns>
    /// <exception cref="FormatException">Not multipart, or no boundary.</exception>
    public static string GetBoundary(string contentType)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        if (!contentType.TrimStart().StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"Content type '{contentType}' is not multipart.");
        }

        foreach (var parameter in contentType.Split(';').Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("boundary", StringComparison.OrdinalIgnoreCase))
            {
                var boundary = pair[1].Trim().Trim('"');
                if (boundary.Length > 0)
                {
                    return boundary;
                }
            }
        }

        throw new FormatException($"Content type '{contentType}' has no boundary parameter.");
    }

    /// <summary>Splits a multipart body into its parts.</summary>
    /// <param name="body">The body.</param>
    /// <param name="boundary">The boundary (without leading dashes).</param>
    /// <returns>The parts in order.</returns>
    public static IReadOnlyList<MultipartPart> Parse(string body, string boundary)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Parse(Encoding.UTF8.GetBytes(body), boundary);
    }

    /// <summary>Splits a multipart body into its parts, whose bodies are slices of <paramref name="body"/>.</summary>
    /// <param name="body">The body, UTF-8.</param>
    /// <param name="boundary">The boundary (without leading dashes).</param>
    /// <returns>The parts in order.</returns>
    public static IReadOnlyList<MultipartPart> Parse(ReadOnlyMemory<byte> body, string boundary) =>
        [.. Split(body, boundary).Select(part => BuildPart(body, part.Start, part.End))];

    /// <summary>Reads MIME-style header lines from <paramref name="lines"/> up to the first empty line.</summary>
    /// <param name="text">The bytes the lines are in.</param>
    /// <param name="lines">The lines, positioned at the first header; left after the empty line.</param>
    /// <param name="context">What the headers belong to, for the error message.</param>
    /// <param name="ended">Whether an empty line ended the headers (false when the lines ran out).</param>
    /// <returns>The headers (case-insensitive names).</returns>
    internal static Dictionary<string, string> ReadHeaders(ReadOnlyMemory<byte> text, ref LineReader lines, string? context, out bool ended)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var reader = new HeaderReader(text, lines, context);
        while (reader.Next(out var name, out var value))
        {
            headers[HeaderReader.Text(name)] = HeaderReader.Text(value);
        }

        ended = reader.Ended;
        lines = reader.Lines;
        return headers;
    }

    /// <summary>Where each part of a multipart body lies (headers and body), without reading the parts.</summary>
    /// <param name="body">The body, UTF-8.</param>
    /// <param name="boundary">The boundary (without leading dashes).</param>
    /// <returns>Each part's start and end in <paramref name="body"/>, in order.</returns>
    /// <exception cref="FormatException">No closing delimiter.</exception>
    internal static List<(int Start, int End)> Split(ReadOnlyMemory<byte> body, string boundary)
    {
        ArgumentException.ThrowIfNullOrEmpty(boundary);
        var delimiter = Encoding.UTF8.GetBytes("--" + boundary);
        var parts = new List<(int, int)>();
        var lines = new LineReader(body, 0, body.Length);
        int? partStart = null;
        var lastContentEnd = 0;
        while (lines.Next(out var start, out var end))
        {
            var line = body.Span[start..end].TrimEnd(" \t"u8);
            var closing = line.Length == delimiter.Length + 2 && line.StartsWith(delimiter) && line.EndsWith("--"u8);
            if (closing || line.SequenceEqual(delimiter))
            {
                if (partStart is { } from)
                {
                    parts.Add((from, Math.Max(from, lastContentEnd)));
                }

                if (closing)
                {
                    return parts;
                }

                partStart = lines.Position;
            }

            lastContentEnd = end;
        }

        throw new FormatException($"The multipart body has no closing delimiter '--{boundary}--'.");
    }

    private static MultipartPart BuildPart(ReadOnlyMemory<byte> text, int start, int end)
    {
        var lines = new LineReader(text, start, end);
        var headers = ReadHeaders(text, ref lines, null, out var ended);
        var body = ended && lines.Position <= end ? text[lines.Position..end] : ReadOnlyMemory<byte>.Empty;
        return new MultipartPart(headers, body);
    }
}
