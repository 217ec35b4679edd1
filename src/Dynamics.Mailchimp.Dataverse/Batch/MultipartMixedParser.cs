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
        List<string>? current = null;
        foreach (var line in SplitLines(body))
        {
            var trimmed = line.TrimEnd(' ', '\t');
            if (trimmed == delimiter)
            {
                if (current is not null)
                {
                    parts.Add(BuildPart(current));
                }

                current = [];
            }
            else if (trimmed == delimiter + "--")
            {
                if (current is not null)
                {
                    parts.Add(BuildPart(current));
                }

                return parts;
            }
            else
            {
                current?.Add(line);
            }
        }

        throw new FormatException($"The multipart body has no closing delimiter '{delimiter}--'.");
    }

    /// <summary>Splits text on CRLF or LF.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The lines.</returns>
    internal static string[] SplitLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static MultipartPart BuildPart(List<string> lines)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        for (; index < lines.Count && lines[index].Length > 0; index++)
        {
            var colon = lines[index].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"Malformed multipart header line '{lines[index]}'.");
            }

            headers[lines[index][..colon].Trim()] = lines[index][(colon + 1)..].Trim();
        }

        var body = index < lines.Count ? string.Join("\r\n", lines.Skip(index + 1)) : string.Empty;
        return new MultipartPart(headers, body);
    }
}
