namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// Walks the lines of a region of a text without copying it: each line as a (start, end) range without its line end
/// (CRLF or bare LF). Like splitting on LF after turning CRLF into LF: n line ends give n + 1 lines, the last one
/// possibly empty. A <c>$batch</c> answer is megabytes; splitting it into strings cost more than the rest of the job.
/// </summary>
/// <param name="text">The text.</param>
/// <param name="start">Where the region starts.</param>
/// <param name="end">Where the region ends (exclusive).</param>
internal struct LineReader(string text, int start, int end)
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
        var newline = _position < end ? text.IndexOf('\n', _position, end - _position) : -1;
        if (newline < 0)
        {
            lineEnd = end;
            _position = end + 1;
        }
        else
        {
            lineEnd = newline > lineStart && text[newline - 1] == '\r' ? newline - 1 : newline;
            _position = newline + 1;
        }

        return true;
    }
}
