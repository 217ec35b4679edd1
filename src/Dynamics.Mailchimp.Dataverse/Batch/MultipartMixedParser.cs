namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// Reads <c>multipart/mixed</c> bodies as used by OData <c>$batch</c> (RFC 2046): preamble ignored, parts split on
/// <c>--boundary</c> lines, closed by <c>--boundary--</c>. Accepts CRLF or bare LF line ends.
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
    /// <exception cref="FormatException">No closing delimiter, or a part without a header/body separator.</exception>
    public static IReadOnlyList<MultipartPart> Parse(string body, string boundary)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrEmpty(boundary);
        var delimiter = "--" + boundary;
        var parts = new List<MultipartPart>();
        var lines = new LineReader(body, 0, body.Length);
        int? partStart = null;
        var lastContentEnd = 0;
        while (lines.Next(out var start, out var end))
        {
            var line = body.AsSpan(start, end - start).TrimEnd(" \t");
            var closing = line.Length == delimiter.Length + 2 && line.StartsWith(delimiter, StringComparison.Ordinal) && line.EndsWith("--", StringComparison.Ordinal);
            if (closing || line.SequenceEqual(delimiter))
            {
                if (partStart is { } from)
                {
                    parts.Add(BuildPart(body, from, Math.Max(from, lastContentEnd)));
                }

                if (closing)
                {
                    return parts;
                }

                partStart = lines.Position;
            }

            lastContentEnd = end;
        }

        throw new FormatException($"The multipart body has no closing delimiter '{delimiter}--'.");
    }

    /// <summary>Reads MIME-style header lines from <paramref name="lines"/> up to the first empty line.</summary>
    /// <param name="text">The text the lines are in.</param>
    /// <param name="lines">The lines, positioned at the first header; left after the empty line.</param>
    /// <param name="context">What the headers belong to, for the error message.</param>
    /// <param name="ended">Whether an empty line ended the headers (false when the lines ran out).</param>
    /// <returns>The headers (case-insensitive names).</returns>
    internal static Dictionary<string, string> ReadHeaders(string text, ref LineReader lines, string? context, out bool ended)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        ended = false;
        while (lines.Next(out var start, out var end))
        {
            if (start == end)
            {
                ended = true;
                break;
            }

            var line = text.AsSpan(start, end - start);
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new FormatException(context is null ? $"Malformed multipart header line '{line}'." : $"Malformed header line '{line}' after '{context}'.");
            }

            headers[line[..colon].Trim().ToString()] = line[(colon + 1)..].Trim().ToString();
        }

        return headers;
    }

    private static MultipartPart BuildPart(string text, int start, int end)
    {
        var lines = new LineReader(text, start, end);
        var headers = ReadHeaders(text, ref lines, null, out var ended);
        var body = ended && lines.Position <= end ? text[lines.Position..end] : string.Empty;
        return new MultipartPart(headers, body);
    }
}
