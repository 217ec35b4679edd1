using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>
/// UTF-8 bytes written in arrays of 16 KB (each on the small object heap, unlike one array of a megabyte body), to be sent
/// as they are, as often as needed. Text is encoded straight into them: no string or <see cref="StringBuilder"/> first.
/// </summary>
internal sealed class Utf8Segments : IBufferWriter<byte>
{
    private const int SegmentSize = 16 * 1024;

    // A scalar is at most 4 bytes in UTF-8: a span of this room always takes the next one.
    private const int ScalarBytes = 4;

    private readonly List<(byte[] Array, int Length)> _full = [];
    private readonly Stack<byte[]> _spare = new();
    private byte[] _current = [];
    private int _used;
    private long _fullLength;

    /// <summary>Gets the number of bytes written.</summary>
    public long Length => _fullLength + _used;

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _current.Length - _used);
        _used += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _current.AsMemory(start);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _current.AsSpan(start);
    }

    /// <summary>Appends bytes.</summary>
    /// <param name="bytes">The bytes, e.g. a <c>u8</c> literal.</param>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var room = GetSpan(1);
            var length = Math.Min(room.Length, bytes.Length);
            bytes[..length].CopyTo(room);
            Advance(length);
            bytes = bytes[length..];
        }
    }

    /// <summary>Appends text as UTF-8; a lone surrogate becomes U+FFFD, as <see cref="Encoding.UTF8"/> writes it.</summary>
    /// <param name="text">The text.</param>
    public void WriteText(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var room = GetSpan(ScalarBytes);
            Utf8.FromUtf16(text, room, out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
            Advance(written);
            text = text[read..];
        }
    }

    /// <summary>Appends a non-negative number in invariant digits.</summary>
    /// <param name="number">The number.</param>
    public void WriteNumber(long number)
    {
        Span<byte> digits = stackalloc byte[20];
        number.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        Write(digits[..length]);
    }

    /// <summary>Writes every byte to <paramref name="stream"/>.</summary>
    /// <param name="stream">The request stream.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>A task that completes when every byte is written.</returns>
    public async Task CopyToAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        foreach (var (array, length) in _full)
        {
            await stream.WriteAsync(array.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        }

        await stream.WriteAsync(_current.AsMemory(0, _used), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets every byte written; the arrays are kept and written again.</summary>
    public void Clear()
    {
        foreach (var (array, _) in _full)
        {
            _spare.Push(array);
        }

        _full.Clear();
        _fullLength = 0;
        _used = 0;
    }

    /// <summary>The bytes as one array (for tests and small bodies).</summary>
    /// <returns>A copy of every byte.</returns>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        var offset = 0;
        foreach (var (array, length) in _full)
        {
            array.AsSpan(0, length).CopyTo(bytes.AsSpan(offset));
            offset += length;
        }

        _current.AsSpan(0, _used).CopyTo(bytes.AsSpan(offset));
        return bytes;
    }

    // Starts a new array when the current one has less room than asked for; returns where the free room starts.
    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _used < needed)
        {
            if (_used > 0)
            {
                _full.Add((_current, _used));
                _fullLength += _used;
            }

            _current = needed <= SegmentSize && _spare.TryPop(out var spare) ? spare : new byte[Math.Max(SegmentSize, needed)];
            _used = 0;
        }

        return _used;
    }
}
