namespace Dynamics.Mailchimp.Sandbox.Hosting.Recording;

/// <summary>Names the request headers whose values never reach the request log.</summary>
public static class HeaderRedaction
{
    /// <summary>The text recorded in place of a secret header value.</summary>
    public const string Redacted = "REDACTED";

    /// <summary>Gets the headers that are always redacted (case-insensitive).</summary>
    public static IReadOnlySet<string> SecretHeaders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization",
        "Proxy-Authorization",
        "Cookie",
        "X-Api-Key",
    };

    /// <summary>Returns the value to record for a header.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value as received.</param>
    /// <returns><see cref="Redacted"/> for secret headers, otherwise <paramref name="value"/>.</returns>
    public static string Apply(string name, string value) => SecretHeaders.Contains(name) ? Redacted : value;
}
