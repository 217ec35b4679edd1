using System.Security.Cryptography;
using System.Text;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <summary>
/// Computes Mailchimp's member id: the MD5 of the trimmed, lower-cased email address, as lower-case hex
/// (https://mailchimp.com/developer/marketing/docs/methods-parameters/).
/// </summary>
public static class SubscriberHash
{
    // An address has at most 254 characters: up to this many, it is lowered and encoded on the stack, not in new strings.
    private const int StackChars = 256;

    /// <summary>Computes the subscriber hash of an address.</summary>
    /// <param name="emailAddress">The email address, in any case.</param>
    /// <returns>32 lower-case hex characters.</returns>
    public static string Compute(string emailAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emailAddress);
        var trimmed = emailAddress.AsSpan().Trim();
        if (trimmed.Length > StackChars)
        {
            return Hash(Encoding.UTF8.GetBytes(Normalize(emailAddress)));
        }

        Span<char> lowered = stackalloc char[trimmed.Length];
        trimmed.ToLowerInvariant(lowered);
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(StackChars)];
        return Hash(utf8[..Encoding.UTF8.GetBytes(lowered, utf8)]);
    }

    /// <summary>Normalizes an address the way the hash does (trimmed, lower-case invariant), for comparing addresses.</summary>
    /// <param name="emailAddress">The email address.</param>
    /// <returns>The normalized address.</returns>
    public static string Normalize(string emailAddress) => emailAddress.Trim().ToLowerInvariant();

    /// <summary>
    /// Whether <paramref name="emailAddress"/> normalizes to <paramref name="normalized"/>: the same as comparing
    /// <see cref="Normalize"/>'s result, without building it.
    /// </summary>
    /// <param name="emailAddress">The email address, in any case.</param>
    /// <param name="normalized">An address <see cref="Normalize"/> returned.</param>
    /// <returns>True when both are the same Mailchimp member.</returns>
    public static bool IsSameAddress(string emailAddress, string normalized)
    {
        ArgumentNullException.ThrowIfNull(emailAddress);
        ArgumentNullException.ThrowIfNull(normalized);
        var trimmed = emailAddress.AsSpan().Trim();
        if (trimmed.Length != normalized.Length)
        {
            // Invariant lower-casing keeps the length.
            return false;
        }

        if (trimmed.Length > StackChars)
        {
            return string.Equals(Normalize(emailAddress), normalized, StringComparison.Ordinal);
        }

        Span<char> lowered = stackalloc char[trimmed.Length];
        trimmed.ToLowerInvariant(lowered);
        return lowered.SequenceEqual(normalized);
    }

    private static string Hash(ReadOnlySpan<byte> utf8)
    {
        Span<byte> digest = stackalloc byte[MD5.HashSizeInBytes];
        MD5.HashData(utf8, digest);
        return Convert.ToHexStringLower(digest);
    }
}
