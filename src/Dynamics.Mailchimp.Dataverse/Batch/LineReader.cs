namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// Walks the lines of a region of UTF-8 bytes without copying them: each line as a (start, end) range without its line
/// end (CRLF or bare LF). Like splitting on LF after turning CRLF into LF: n line ends give n + 1 lines, the last one
/// possibly empty. A <c>$batch</c> answer is megabytes; splitting it into strings cost more than the rest of the job.
/// </summary>
/// <param name="text">The bytes.</param>
/// <param name="start">Where the region starts.</param>
/// <param name="end">Where the region ends (exclusive).</param>
internal struct LineReader(ReadOnlyMemory<byte> text, int start, int end)
{
    private int _position = start;

    /// <summary>Gets where the next line starts (past the end once every line is read).</summary>
    public readonly int Position => _position;

    /// <summary>Reads the next line.</summary>
    /// <param name="lineStart">Where the line starts.</param>
    /// <param name="lineEnd">Where its content ends (before CRLF or LF).</param>
    /// <returns>False when every line of the region was read.</returns>
    public bool Next(out int lineStart, out int lineEnd)
    {
        if (_position > end)
        {
            lineStart = lineEnd = end;
            return false;
        }

        lineStart = _position;
        var span = text.Span;
        var offset = _position < end ? span[_position..end].IndexOf((byte)'\n') : -1;
        if (offset < 0)
        {
            lineEnd = end;
            _position = end + 1;
        }
        else
        {
            var newline = _position + offset;
            lineEnd = newline > lineStart && span[newline - 1] == (byte)'\r' ? newline - 1 : newline;
            _position = newline + 1;
        }

        return true;
    }
}
