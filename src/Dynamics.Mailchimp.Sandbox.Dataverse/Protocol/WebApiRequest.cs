namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>
/// One Web API operation, whether it came as an HTTP request or as a part of a <c>$batch</c>.
/// </summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The resource path relative to the service root, without query (e.g. <c>contacts(…)</c>).</param>
/// <param name="Query">The decoded query options, by name (case-sensitive, as OData).</param>
/// <param name="RawQuery">The query string as received, with its leading <c>?</c> (or empty), for next links.</param>
/// <param name="Headers">The request headers (case-insensitive).</param>
/// <param name="Body">The body text, or empty.</param>
/// <param name="Caller">The authenticated caller.</param>
internal sealed record WebApiRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    string RawQuery,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    WebApiCaller Caller)
{
    /// <summary>Gets the parts of a <c>$batch</c> body when they were read before the request reached its handler (<see cref="Hosting.RequestAccess"/>); null otherwise.</summary>
    public IReadOnlyList<Batch.BatchItem>? BatchItems { get; init; }

    /// <summary>A header value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>A query option value, or null.</summary>
    public string? Option(string name) => Query.TryGetValue(name, out var value) ? value : null;
}
