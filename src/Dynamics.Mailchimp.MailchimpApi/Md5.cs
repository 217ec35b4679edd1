using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

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

    // Per-step additive constants: the integer part of 2^32 * |sin(i + 1)| (RFC 1321, section 3.4). Spans over
    // constant data, not static arrays, so that precompiled code reads them without a static-field lookup per step.
    private static ReadOnlySpan<uint> Sines =>
    [
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    ];

    // Per-step left rotations: four per round, repeated four times (RFC 1321, section 3.4).
    private static ReadOnlySpan<byte> Rotations =>
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
        var state = new State(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476);
        var whole = source.Length - (source.Length % BlockSize);
        for (var offset = 0; offset < whole; offset += BlockSize)
        {
            Compress(ref state, source.Slice(offset, BlockSize));
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
            Compress(ref state, tail.Slice(offset, BlockSize));
        }

        BinaryPrimitives.WriteUInt32LittleEndian(destination, state.A);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], state.B);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[8..], state.C);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[12..], state.D);
    }

    private static void Compress(ref State state, ReadOnlySpan<byte> block)
    {
        Span<uint> words = stackalloc uint[16];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * sizeof(uint))..]);
        }

        // The four rounds: each step mixes one word with its round's function of b, c and d.
        var (a, b, c, d) = (state.A, state.B, state.C, state.D);
        for (var step = 0; step < 16; step++)
        {
            Step(ref a, ref b, ref c, ref d, (b & c) | (~b & d), words[step], step);
        }

        for (var step = 16; step < 32; step++)
        {
            Step(ref a, ref b, ref c, ref d, (d & b) | (~d & c), words[((5 * step) + 1) & 15], step);
        }

        for (var step = 32; step < 48; step++)
        {
            Step(ref a, ref b, ref c, ref d, b ^ c ^ d, words[((3 * step) + 5) & 15], step);
        }

        for (var step = 48; step < 64; step++)
        {
            Step(ref a, ref b, ref c, ref d, c ^ (b | ~d), words[(7 * step) & 15], step);
        }

        state = new State(state.A + a, state.B + b, state.C + c, state.D + d);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(ref uint a, ref uint b, ref uint c, ref uint d, uint mixed, uint word, int step)
    {
        var sum = a + mixed + Sines[step] + word;
        (a, d, c) = (d, c, b);
        b += BitOperations.RotateLeft(sum, Rotations[step]);
    }

    private readonly record struct State(uint A, uint B, uint C, uint D);
}
