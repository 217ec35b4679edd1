using System.Globalization;
using System.Text;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// One part of a <c>$batch</c> answer, read for <see cref="BatchResponseMapper"/>: only what it needs of the headers
/// (a changeset's content type, the <c>Content-ID</c>) instead of a dictionary of every header, as
/// <see cref="MultipartPart"/> has. Thousands of parts per answer each made a dictionary and three strings a line.
/// </summary>
/// <param name="MultipartContentType">The content type, when the part is itself multipart (a changeset's answer).</param>
/// <param name="ContentId">The <c>Content-ID</c> as a number, when it is one.</param>
/// <param name="Body">The part's body: a slice of the answer.</param>
internal readonly record struct AnswerPart(string? MultipartContentType, int? ContentId, ReadOnlyMemory<byte> Body)
{
    private const string Multipart = "multipart/";

    /// <summary>The parts of a multipart body, as <see cref="MultipartMixedParser.Parse(ReadOnlyMemory{byte}, string)"/> splits it.</summary>
    /// <param name="body">The body, UTF-8.</param>
    /// <param name="boundary">The boundary.</param>
    /// <returns>The parts in order.</returns>
    /// <exception cref="FormatException">No closing delimiter, or a malformed header line.</exception>
    public static List<AnswerPart> Split(ReadOnlyMemory<byte> body, string boundary)
    {
        var ranges = MultipartMixedParser.Split(body, boundary);
        var parts = new List<AnswerPart>(ranges.Count);
        foreach (var (start, end) in ranges)
        {
            parts.Add(Read(body, start, end));
        }

        return parts;
    }

    private static AnswerPart Read(ReadOnlyMemory<byte> text, int start, int end)
    {
        var headers = new HeaderReader(text, new LineReader(text, start, end), null);
        ReadOnlySpan<byte> contentType = default;
        ReadOnlySpan<byte> contentId = default;
        var hasContentId = false;
        while (headers.Next(out var name, out var value))
        {
            if (HeaderReader.IsNamed(name, "Content-Type"))
            {
                contentType = value;
            }
            else if (HeaderReader.IsNamed(name, "Content-ID"))
            {
                contentId = value;
                hasContentId = true;
            }
        }

        var position = headers.Lines.Position;
        var body = headers.Ended && position <= end ? text[position..end] : ReadOnlyMemory<byte>.Empty;
        return new AnswerPart(IsMultipart(contentType) ? HeaderReader.Text(contentType) : null, hasContentId ? Number(contentId) : null, body);
    }

    private static bool IsMultipart(ReadOnlySpan<byte> contentType)
    {
        var trimmed = contentType[Ascii.Trim(contentType)];
        return Ascii.IsValid(trimmed)
            ? trimmed.Length >= Multipart.Length && Ascii.EqualsIgnoreCase(trimmed[..Multipart.Length], Multipart)
            : HeaderReader.Text(contentType).StartsWith(Multipart, StringComparison.OrdinalIgnoreCase);
    }

    // As int.TryParse reads the trimmed text (white space around it allowed).
    private static int? Number(ReadOnlySpan<byte> value) =>
        Ascii.IsValid(value)
            ? int.TryParse(value, NumberStyles.Integer, CultureInfo.CurrentCulture, out var ascii) ? ascii : null
            : int.TryParse(HeaderReader.Text(value), out var id) ? id : null;
}
