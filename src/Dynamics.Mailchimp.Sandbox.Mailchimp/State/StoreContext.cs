using System.Globalization;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>What the stores share: the one lock every public store method takes, the clock and the id counter.</summary>
/// <remarks>The lock is re-entrant, so a store may call another store's public method while holding it.</remarks>
internal sealed class StoreContext(TimeProvider time)
{
    private long _counter;

    public Lock Gate { get; } = new();

    public DateTimeOffset Now() => Timestamps.Truncate(time.GetUtcNow());

    public long Next() => ++_counter;

    /// <summary>
    /// A deterministic id of <paramref name="length"/> (at most 32) lower-case hex digits, unique per kind: the counter
    /// mixed with the kind by SplitMix64 (a bijection of 64-bit values, so no two counters share an id). Ids only look
    /// like Mailchimp's; cheap, because every member created takes two.
    /// </summary>
    public string NextHex(string kind, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 32);
        var seed = Salt(kind) + (ulong)Next();
        Span<char> digits = stackalloc char[32];
        Mix(seed).TryFormat(digits, out _, "x16", CultureInfo.InvariantCulture);
        Mix(seed ^ 0xA5A5A5A5A5A5A5A5UL).TryFormat(digits[16..], out _, "x16", CultureInfo.InvariantCulture);
        return new string(digits[..length]);
    }

    /// <summary>Restarts the id counter; called under <see cref="Gate"/> by a reset.</summary>
    public void ResetIds() => _counter = 0;

    private static ulong Salt(string kind)
    {
        var salt = 14695981039346656037UL;
        foreach (var c in kind)
        {
            salt = (salt ^ c) * 1099511628211UL;
        }

        return salt;
    }

    private static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
