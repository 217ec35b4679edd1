using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Batch;

/// <summary>
/// Reads a <c>multipart/mixed</c> <c>$batch</c> body: <c>application/http</c> parts and nested change sets.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api.
/// </summary>
internal static partial class BatchRequestReader
{
    public static IReadOnlyList<BatchItem> Read(string? contentType, string body)
    {
        var boundary = Boundary(contentType) ?? throw WebApiException.BadRequest("A $batch request needs Content-Type: multipart/mixed with a boundary.");
        var items = new List<BatchItem>();
        foreach (var (headers, content) in Parts(body, boundary))
        {
            var partType = headers.GetValueOrDefault(HeaderNames.ContentType) ?? string.Empty;
            if (partType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                var changesetBoundary = Boundary(partType) ?? throw WebApiException.BadRequest("A change set needs a boundary.");
                var operations = Parts(content, changesetBoundary).Select(p => Operation(p.Headers, p.Content)).ToArray();
                if (operations.FirstOrDefault(o => o.Method == "GET") is { } get)
                {
                    throw WebApiException.BadRequest($"A change set cannot contain a GET request ({get.Url}).");
                }

                items.Add(new BatchItem(operations, IsChangeset: true));
            }
            else
            {
                items.Add(new BatchItem([Operation(headers, content)], IsChangeset: false));
            }
        }

        return items;
    }

    private static string? Boundary(string? contentType)
    {
        if (contentType is null || !contentType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = BoundaryPattern().Match(contentType);
        return match.Success ? match.Groups["boundary"].Value : null;
    }

    // Line ends are read as LF: each part is normalized on its own (a boundary holds no line break, so this is the
    // same as normalizing the whole body first, without copying a multi-megabyte body once more). The parts are the
    // pieces string.Split(delimiter) gives after the first, each copied once, already normalized and trimmed.
    private static IEnumerable<(Dictionary<string, string> Headers, string Content)> Parts(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        var start = body.IndexOf(delimiter, StringComparison.Ordinal);
        while (start >= 0)
        {
            start += delimiter.Length;
            var next = body.IndexOf(delimiter, start, StringComparison.Ordinal);
            var end = next < 0 ? body.Length : next;
            if (body.AsSpan(start, end - start).StartsWith("--", StringComparison.Ordinal))
            {
                yield break;
            }

            var (headers, content) = SplitHeaders(LfTrimmedStart(body, start, end));
            yield return (headers, content);
            start = next;
        }
    }

    // body[start..end].Replace("\r\n", "\n").TrimStart('\n'), copying the characters once.
    private static string LfTrimmedStart(string body, int start, int end)
    {
        while (start < end && (body[start] == '\n' || (body[start] == '\r' && start + 1 < end && body[start + 1] == '\n')))
        {
            start += body[start] == '\n' ? 1 : 2;
        }

        var text = body.AsSpan(start, end - start);
        var crlf = text.Count("\r\n");
        return crlf == 0 ? text.ToString() : string.Create(text.Length - crlf, (body, start, end), static (target, range) =>
        {
            var source = range.body.AsSpan(range.start, range.end - range.start);
            var written = 0;
            for (var i = 0; i < source.Length; i++)
            {
                if (source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
                {
                    continue;
                }

                target[written++] = source[i];
            }
        });
    }

    private static BatchOperation Operation(Dictionary<string, string> partHeaders, string content)
    {
        var (requestLineAndHeaders, body) = SplitAtBlankLine(content.TrimStart('\n'));
        var lines = requestLineAndHeaders.Split('\n');
        var requestLine = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requestLine.Length < 2)
        {
            throw WebApiException.BadRequest($"The batch part request line '{lines[0]}' is not 'METHOD URL HTTP/1.1'.");
        }

        var headers = ReadHeaders(lines.Skip(1));
        var contentId = partHeaders.GetValueOrDefault(HeaderNames.ContentId) ?? headers.GetValueOrDefault(HeaderNames.ContentId);
        return new BatchOperation(requestLine[0].ToUpperInvariant(), requestLine[1], headers, body.TrimEnd('\n'), contentId);
    }

    private static (Dictionary<string, string> Headers, string Remainder) SplitHeaders(string segment)
    {
        var (head, rest) = SplitAtBlankLine(segment);
        return (ReadHeaders(head.Split('\n')), rest);
    }

    private static (string Head, string Remainder) SplitAtBlankLine(string text)
    {
        var index = text.IndexOf("\n\n", StringComparison.Ordinal);
        return index < 0 ? (text.TrimEnd('\n'), string.Empty) : (text[..index], text[(index + 2)..]);
    }

    private static Dictionary<string, string> ReadHeaders(IEnumerable<string> lines)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                headers[line.AsSpan(0, colon).Trim().ToString()] = line.AsSpan(colon + 1).Trim().ToString();
            }
        }

        return headers;
    }

    [GeneratedRegex("boundary=\"?(?<boundary>[^\";]+)\"?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoundaryPattern();
}
