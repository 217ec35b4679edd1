using System.Buffers;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Batch;

/// <summary>Turns a batch part into a <see cref="WebApiRequest"/>: resolves its URL against the service root and <c>$n</c> references.</summary>
internal static class BatchOperationRequest
{
    private const string UnreservedCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private static readonly SearchValues<char> Unreserved = SearchValues.Create(UnreservedCharacters);

    // The characters a query may hold as they are, besides % escapes (RFC 3986, 3.4): unreserved ones and these delimiters.
    private static readonly SearchValues<char> PlainQueryCharacters = SearchValues.Create(UnreservedCharacters + "!$&'()*+,;=:@/?");

    public static WebApiRequest Create(BatchOperation operation, WebApiRequest batch, IReadOnlyDictionary<string, string> references, Uri serviceRoot)
    {
        var url = Resolve(operation.Url, references, serviceRoot);
        var queryStart = url.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? url : url[..queryStart];
        var rawQuery = queryStart < 0 ? string.Empty : url[queryStart..];
        var query = new Dictionary<string, string>(QueryStrings.Parse(rawQuery), StringComparer.Ordinal);
        if (!query.ContainsKey(WebApiNames.Tag) && batch.Option(WebApiNames.Tag) is { } tag)
        {
            query[WebApiNames.Tag] = tag;
        }

        var headers = new Dictionary<string, string>(operation.Headers, StringComparer.OrdinalIgnoreCase);
        foreach (var name in HeaderNames.CallerHeaders)
        {
            if (batch.Header(name) is { } value)
            {
                headers.TryAdd(name, value);
            }
        }

        var body = operation.Body;
        foreach (var (reference, target) in references)
        {
            body = body.Replace($"\"{reference}\"", $"\"/{target}\"", StringComparison.Ordinal);
        }

        return new WebApiRequest(operation.Method, path, query, rawQuery, headers, body, batch.Caller);
    }

    // Uri.PathAndQuery, without Uri re-escaping a FetchXML query of 60 KB character by character when the query is
    // already in the form Uri would give it: only the characters RFC 3986 allows in a query, every % escape in upper-case
    // hex and none of an unreserved character (Uri decodes those and upper-cases hex), no fragment.
    private static string PathAndQuery(string url, Uri absolute)
    {
        var start = url.IndexOf('?', StringComparison.Ordinal);
        if (start < 0 || url.Contains('#', StringComparison.Ordinal))
        {
            return absolute.PathAndQuery;
        }

        var query = url.AsSpan(start);
        while (query.IndexOfAnyExcept(PlainQueryCharacters) is var i and >= 0)
        {
            if (query[i] != '%' || i + 2 >= query.Length || !IsUpperHex(query[i + 1]) || !IsUpperHex(query[i + 2])
                || Unreserved.Contains((char)((Hex(query[i + 1]) << 4) | Hex(query[i + 2]))))
            {
                return absolute.PathAndQuery;
            }

            query = query[(i + 3)..];
        }

        return absolute.AbsolutePath + url[start..];
    }

    // The part of an absolute URL written under the service root exactly as Uri gives it (scheme, host and port in
    // canonical form), when Uri would give the rest back unchanged: only characters RFC 3986 allows as they are in a
    // path and query, no % escape, no fragment and no dot (so no dot-segment to remove). A write part's
    // "<root>contacts(<id>)?tag=x" is one: it then skips building a Uri per part. Anything else takes the general path.
    private static string? UnderServiceRoot(string url, Uri serviceRoot)
    {
        var root = serviceRoot.AbsoluteUri;
        if (!url.StartsWith(root, StringComparison.Ordinal) || !root.EndsWith('/'))
        {
            return null;
        }

        var rest = url.AsSpan(root.Length);
        return rest.IndexOfAnyExcept(PlainQueryCharacters) < 0 && !rest.Contains('.') ? url[root.Length..] : null;
    }

    private static bool IsUpperHex(char c) => char.IsAsciiDigit(c) || c is >= 'A' and <= 'F';

    private static int Hex(char c) => c <= '9' ? c - '0' : c - 'A' + 10;


    private static string Resolve(string url, IReadOnlyDictionary<string, string> references, Uri serviceRoot)
    {
        if (url.StartsWith('$') && !url.StartsWith("$batch", StringComparison.Ordinal))
        {
            var end = url.IndexOfAny(['/', '?']);
            var reference = end < 0 ? url : url[..end];
            return references.TryGetValue(reference, out var target)
                ? target + (end < 0 ? string.Empty : url[end..])
                : throw WebApiException.BadRequest($"The Content-ID reference '{reference}' does not name an earlier request of this change set.");
        }

        if (UnderServiceRoot(url, serviceRoot) is { } relative)
        {
            return relative;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            url = PathAndQuery(url, absolute);
        }

        var root = serviceRoot.AbsolutePath;
        return url.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? url[root.Length..]
            : url.StartsWith(root.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) ? url[(root.Length - 1)..]
            : url.TrimStart('/');
    }
}
