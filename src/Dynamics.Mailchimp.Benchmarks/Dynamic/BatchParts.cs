using System.Text.RegularExpressions;

namespace Dynamics.Mailchimp.Benchmarks.Dynamic;

/// <summary>
/// The operations of a Dataverse <c>$batch</c> body (pure): each part's request line (<c>GET …/lists?… HTTP/1.1</c>) as
/// its method and entity set, <c>"GET lists"</c>, so that a <c>$batch</c> of queries counts as a read.
/// </summary>
public static partial class BatchParts
{
    /// <summary>Lists the operations of a <c>$batch</c> body.</summary>
    /// <param name="body">The request body.</param>
    /// <returns>One "METHOD entityset" per operation, in order.</returns>
    public static IReadOnlyList<string> Of(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return [.. RequestLine().Matches(body).Select(m => m.Groups["method"].Value + " " + EntitySet(m.Groups["path"].Value))];
    }

    /// <summary>The entity set a Web API path addresses: its last segment without a key or query.</summary>
    /// <param name="path">The path (or URL).</param>
    /// <returns>The entity set, e.g. <c>contacts</c> for <c>/api/data/v9.2/contacts(…)?…</c>.</returns>
    public static string EntitySet(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var end = path.IndexOfAny(['?', '(']);
        var trimmed = end < 0 ? path : path[..end];
        return trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }

    [GeneratedRegex(@"^(?<method>GET|POST|PATCH|PUT|DELETE) (?<path>\S+) HTTP/1\.1\r?$", RegexOptions.Multiline)]
    private static partial Regex RequestLine();
}
