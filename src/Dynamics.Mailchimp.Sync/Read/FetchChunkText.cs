using System.Buffers;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// The FetchXML of a chunked query as text around its <c>in</c> condition's values, rendered once by
/// <see cref="System.Xml.Linq.XElement"/> (with one marker value); each chunk's values are escaped into it as XmlWriter
/// escapes text (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>), into one string of the right length. Building an element tree
/// per chunk of a thousand values and writing it out cost more than the rest of the read's request.
/// </summary>
public sealed class FetchChunkText
{
    private const string ValueOpen = "<value>";
    private const string ValueClose = "</value>";

    // Characters XmlWriter writes otherwise than as themselves in text: the three escaped ones; line ends (newline
    // handling), other controls, surrogates and U+FFFE/U+FFFF (checked or refused) are left to it.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>" + string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)) + "\uFFFE\uFFFF");

    private readonly string _prefix;
    private readonly string _suffix;

    private FetchChunkText(string prefix, string suffix)
    {
        _prefix = prefix;
        _suffix = suffix;
    }

    /// <summary>A marker value, unique enough not to occur elsewhere in a query (checked by <see cref="Split"/>).</summary>
    public static string Marker { get; } = "\uE000" + Guid.NewGuid().ToString("N") + "\uE000";

    /// <summary>Splits the query rendered with <see cref="Marker"/> as the only value of its <c>in</c> condition.</summary>
    /// <param name="rendered">The query's FetchXML.</param>
    /// <returns>The text, or <see langword="null"/> when the marker is not found exactly once as a value.</returns>
    public static FetchChunkText? Split(string rendered)
    {
        var value = ValueOpen + Marker + ValueClose;
        var at = rendered.IndexOf(value, StringComparison.Ordinal);
        return at < 0 || rendered.IndexOf(Marker, at + value.Length, StringComparison.Ordinal) >= 0
            ? null
            : new FetchChunkText(rendered[..at], rendered[(at + value.Length)..]);
    }

    /// <summary>The query with <paramref name="values"/> in its <c>in</c> condition.</summary>
    /// <param name="values">The chunk's values (at least one).</param>
    /// <returns>The FetchXML, or <see langword="null"/> when a value holds a character left to XmlWriter.</returns>
    public string? Render(IReadOnlyList<string> values)
    {
        var length = _prefix.Length + _suffix.Length;
        foreach (var value in values)
        {
            if (EscapedLength(value) is not { } escaped)
            {
                return null;
            }

            length += ValueOpen.Length + escaped + ValueClose.Length;
        }

        return string.Create(length, (this, values), static (text, state) =>
        {
            var (template, values) = state;
            template._prefix.CopyTo(text);
            var at = template._prefix.Length;
            foreach (var value in values)
            {
                ValueOpen.CopyTo(text[at..]);
                at += ValueOpen.Length;
                at += Escape(value, text[at..]);
                ValueClose.CopyTo(text[at..]);
                at += ValueClose.Length;
            }

            template._suffix.CopyTo(text[at..]);
        });
    }

    private static int? EscapedLength(string value)
    {
        var span = value.AsSpan();
        var length = value.Length;
        for (var at = span.IndexOfAny(Special); at >= 0; at = span.IndexOfAny(Special))
        {
            switch (span[at])
            {
                case '&':
                    length += "&amp;".Length - 1;
                    break;
                case '<' or '>':
                    length += "&lt;".Length - 1;
                    break;
                default:
                    return null;
            }

            span = span[(at + 1)..];
        }

        return length;
    }

    private static int Escape(string value, Span<char> text)
    {
        var span = value.AsSpan();
        var written = 0;
        for (var at = span.IndexOfAny(Special); at >= 0; at = span.IndexOfAny(Special))
        {
            span[..at].CopyTo(text[written..]);
            written += at;
            var entity = span[at] switch { '&' => "&amp;", '<' => "&lt;", _ => "&gt;" };
            entity.CopyTo(text[written..]);
            written += entity.Length;
            span = span[(at + 1)..];
        }

        span.CopyTo(text[written..]);
        return written + span.Length;
    }
}
