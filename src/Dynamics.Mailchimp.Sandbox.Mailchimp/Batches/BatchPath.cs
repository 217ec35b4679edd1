using System.Collections.Immutable;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>
/// Checks that an operation's path stays inside the Marketing API: relative to <c>/3.0</c>, with no scheme, host, query,
/// fragment, dot segments or encoded separators. The emulator refuses others at submit time so that an operation can never
/// reach anything outside <c>/3.0</c>, such as the controls (emulator choice; Mailchimp resolves every path under its API).
/// </summary>
internal static class BatchPath
{
    private static readonly ImmutableArray<string> Forbidden = ["?", "#", "\\", "%2e", "%2f", "%5c", "//", ":"];

    /// <summary>Returns the path with a leading <c>/</c>, or <see langword="null"/> when it is not an API path.</summary>
    public static string? Normalize(string path)
    {
        if (path.Length == 0
            || path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            || Forbidden.Any(f => path.Contains(f, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var normalized = path.StartsWith('/') ? path : "/" + path;
        return normalized.Split('/').Any(s => s is "." or "..") ? null : normalized;
    }
}
