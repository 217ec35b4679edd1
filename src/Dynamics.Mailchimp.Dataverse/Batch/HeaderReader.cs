using System.Text;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// Walks MIME-style header lines in place, up to the first empty line: each header's name and value as slices of the
/// bytes (not yet trimmed), a line without a name refused. What a header is read into (a dictionary, or only the few
/// values a <c>$batch</c> answer needs) is the caller's choice.
/// </summary>
/// <param name="text">The bytes the lines are in.</param>
/// <param name="lines">The lines, positioned at the first header.</param>
/// <param name="context">What the headers belong to, for the error message.</param>
/// <param name="contextLine">Or the line they follow, decoded only for the error message.</param>
internal struct HeaderReader(ReadOnlyMemory<byte> text, LineReader lines, string? context, ReadOnlyMemory<byte> contextLine = default)
{
    private LineReader _lines = lines;

    /// <summary>Gets a value indicating whether an empty line ended the headers (false when the lines ran out).</summary>
    public bool Ended { get; private set; }

    /// <summary>Gets the lines, left after the empty line once <see cref="Next"/> returned false.</summary>
    public readonly LineReader Lines => _lines;

    /// <summary>Reads the next header.</summary>
    /// <param name="name">The bytes before the first colon.</param>
    /// <param name="value">The bytes after it.</param>
    /// <returns>False at the empty line or the end of the lines.</returns>
    /// <exception cref="FormatException">A line has no colon, or nothing before it.</exception>
    public bool Next(out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        name = value = default;
        if (Ended || !_lines.Next(out var start, out var end))
        {
            return false;
        }

        if (start == end)
        {
            Ended = true;
            return false;
        }

        var line = text.Span[start..end];
        var colon = line.IndexOf((byte)':');
        if (colon <= 0)
        {
            var shown = Encoding.UTF8.GetString(line);
            var after = context ?? (contextLine.IsEmpty ? null : Encoding.UTF8.GetString(contextLine.Span));
            throw new FormatException(after is null ? $"Malformed multipart header line '{shown}'." : $"Malformed header line '{shown}' after '{after}'.");
        }

        name = line[..colon];
        value = line[(colon + 1)..];
        return true;
    }

    /// <summary>Whether a header's name is <paramref name="expected"/> (case-insensitively, ignoring white space around it).</summary>
    /// <param name="name">The name's bytes.</param>
    /// <param name="expected">The header name (ASCII).</param>
    /// <returns>True when they match.</returns>
    public static bool IsNamed(ReadOnlySpan<byte> name, string expected)
    {
        var trimmed = name[Ascii.Trim(name)];
        return Ascii.IsValid(trimmed)
            ? Ascii.EqualsIgnoreCase(trimmed, expected)
            : Text(name).Equals(expected, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A name or value as text, trimmed as <see cref="string.Trim()"/> trims.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text.</returns>
    public static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes).Trim();
}
