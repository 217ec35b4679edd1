using System.Buffers.Binary;
using System.Numerics;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <summary>
/// MD5 (RFC 1321, https://www.rfc-editor.org/rfc/rfc1321) computed in managed code, for <see cref="SubscriberHash"/>
/// only: an address is one or two blocks, and the platform's one-shot MD5 costs a native call and a digest context
/// per address, several times the hashing itself when a run hashes every member. Not for anything secret.
/// </summary>
internal static class Md5
{
    /// <summary>The digest's size in bytes.</summary>
    public const int HashSize = 16;

    private const int BlockSize = 64;

    // Per-step additive constants: the integer part of 2^32 * |sin(i + 1)| (RFC 1321, section 3.4).
    private static readonly uint[] Sines = [.. Enumerable.Range(1, 64).Select(i => (uint)(long)Math.Floor(Math.Abs(Math.Sin(i)) * 4294967296d))];

    // Per-step left rotations: four per round, repeated four times (RFC 1321, section 3.4).
    private static readonly int[] Rotations =
    [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
        5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
        6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ];

    /// <summary>Hashes <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <param name="source">The message.</param>
    /// <param name="destination">At least <see cref="HashSize"/> bytes.</param>
    public static void HashData(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        Span<uint> state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
        var whole = source.Length - (source.Length % BlockSize);
        for (var offset = 0; offset < whole; offset += BlockSize)
        {
            Compress(state, source.Slice(offset, BlockSize));
        }

        // Padding: a 1 bit, zeros up to 56 bytes into a block, then the message's length in bits, little-endian.
        Span<byte> tail = stackalloc byte[2 * BlockSize];
        tail.Clear();
        var rest = source[whole..];
        rest.CopyTo(tail);
        tail[rest.Length] = 0x80;
        var tailLength = rest.Length < BlockSize - sizeof(ulong) ? BlockSize : 2 * BlockSize;
        BinaryPrimitives.WriteUInt64LittleEndian(tail[(tailLength - sizeof(ulong))..], (ulong)source.Length * 8);
        for (var offset = 0; offset < tailLength; offset += BlockSize)
        {
            Compress(state, tail.Slice(offset, BlockSize));
        }

        for (var i = 0; i < state.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(destination[(i * sizeof(uint))..], state[i]);
        }
    }

    private static void Compress(Span<uint> state, ReadOnlySpan<byte> block)
    {
        Span<uint> words = stackalloc uint[16];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * sizeof(uint))..]);
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3];
        for (var step = 0; step < 64; step++)
        {
            var (mixed, word) = (step >> 4) switch
            {
                0 => ((b & c) | (~b & d), step),
                1 => ((d & b) | (~d & c), ((5 * step) + 1) & 15),
                2 => (b ^ c ^ d, ((3 * step) + 5) & 15),
                _ => (c ^ (b | ~d), (7 * step) & 15),
            };
            var sum = a + mixed + Sines[step] + words[word];
            (a, d, c) = (d, c, b);
            b += BitOperations.RotateLeft(sum, Rotations[step]);
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
    }
}
