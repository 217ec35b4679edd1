using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Batch;

/// <summary>Turns a batch part into a <see cref="WebApiRequest"/>: resolves its URL against the service root and <c>$n</c> references.</summary>
internal static class BatchOperationRequest
{
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

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            url = absolute.PathAndQuery;
        }

        var root = serviceRoot.AbsolutePath;
        return url.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? url[root.Length..]
            : url.StartsWith(root.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) ? url[(root.Length - 1)..]
            : url.TrimStart('/');
    }
}
