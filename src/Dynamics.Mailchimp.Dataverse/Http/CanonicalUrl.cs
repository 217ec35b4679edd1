using System.Buffers;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>
/// Tells whether a relative URL is one <see cref="Uri"/> leaves as it is after a canonical service root, so its absolute form
/// is the two texts joined (a <c>$batch</c> of FetchXML queries carries tens of KB of URL per operation; parsing each into
/// a <see cref="Uri"/> only to read it back cost more than writing the rest of the body). The test is conservative:
/// only unreserved characters, the delimiters <c>!$&amp;'()*+,;=:@/?</c> and <c>%XX</c> escapes in upper case of
/// characters that are not unreserved (as <see cref="Uri.EscapeDataString(string)"/> writes them); no dot segment in
/// the path, no leading slash, and short enough for <see cref="Uri"/> (which refuses longer URLs).
/// </summary>
internal static class CanonicalUrl
{
    // The longest URL text System.Uri accepts.
    private const int MaxUriLength = 65519;

    private static readonly SearchValues<char> Kept = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?%");

    private static readonly SearchValues<char> Unreserved = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    /// <summary>Whether <paramref name="root"/> + <paramref name="relative"/> is already what <see cref="Uri.AbsoluteUri"/> makes of it.</summary>
    /// <param name="root">A service root as <see cref="Uri.AbsoluteUri"/> wrote it, ending in <c>/</c>.</param>
    /// <param name="relative">The path and query after it.</param>
    /// <returns>True when joining the texts gives the canonical URL; false when a <see cref="Uri"/> must say.</returns>
    public static bool IsJoinable(string root, ReadOnlySpan<char> relative)
    {
        if (relative.IsEmpty || relative[0] is '/' or '.' || root.Length + relative.Length > MaxUriLength
            || relative.ContainsAnyExcept(Kept) || HasDotSegment(relative))
        {
            return false;
        }

        for (var at = relative.IndexOf('%'); at >= 0; at = NextEscape(relative, at + 3))
        {
            if (at + 2 >= relative.Length || !IsUpperHex(relative[at + 1]) || !IsUpperHex(relative[at + 2])
                || Unreserved.Contains((char)((HexValue(relative[at + 1]) << 4) | HexValue(relative[at + 2]))))
            {
                return false;
            }
        }

        return true;
    }

    private static int NextEscape(ReadOnlySpan<char> text, int from) =>
        from >= text.Length ? -1 : text[from..].IndexOf('%') is var offset and >= 0 ? from + offset : -1;

    private static bool IsUpperHex(char c) => char.IsAsciiDigit(c) || c is >= 'A' and <= 'F';

    private static int HexValue(char c) => char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;

    // "/./" or "/../" in the path (before '?'): Uri removes them.
    private static bool HasDotSegment(ReadOnlySpan<char> relative)
    {
        var query = relative.IndexOf('?');
        var path = query >= 0 ? relative[..query] : relative;
        return path.Contains("/.", StringComparison.Ordinal);
    }
}
