using System.Text;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>UTF-8 bytes of text built in a <see cref="StringBuilder"/>, without making it one string first.</summary>
internal static class Utf8Text
{
    /// <summary>Encodes <paramref name="text"/> chunk by chunk into one array of the exact size.</summary>
    /// <param name="text">The text (a <c>$batch</c> body: megabytes, which as a string went to the large object heap twice).</param>
    /// <returns>The bytes.</returns>
    public static byte[] GetBytes(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new byte[ByteCount(text)];
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
        }

        encoder.GetBytes([], bytes.AsSpan(length), flush: true);
        return bytes;
    }

    // Encoder.GetByteCount keeps no state between calls, so a surrogate pair split across two chunks is counted here.
    private static int ByteCount(StringBuilder text)
    {
        const int ReplacementBytes = 3;
        var count = 0;
        var pendingHigh = false;
        foreach (var chunk in text.GetChunks())
        {
            var span = chunk.Span;
            if (span.IsEmpty)
            {
                continue;
            }

            if (pendingHigh)
            {
                count += char.IsLowSurrogate(span[0]) ? 4 : ReplacementBytes;
                span = char.IsLowSurrogate(span[0]) ? span[1..] : span;
                pendingHigh = false;
            }

            if (!span.IsEmpty && char.IsHighSurrogate(span[^1]))
            {
                pendingHigh = true;
                span = span[..^1];
            }

            count += Encoding.UTF8.GetByteCount(span);
        }

        return pendingHigh ? count + ReplacementBytes : count;
    }
}
