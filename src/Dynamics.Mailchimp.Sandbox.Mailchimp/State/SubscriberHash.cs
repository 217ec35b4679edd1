using System.Security.Cryptography;
using System.Text;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>Computes Mailchimp's subscriber hash: the MD5 of the lower-cased address, as lower-case hex.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/docs/methods-parameters/</remarks>
public static class SubscriberHash
{
    /// <summary>Addresses up to this length (far above an address's 254) are lowered and encoded on the stack.</summary>
    private const int MaxStackChars = 512;

    /// <summary>Hashes an email address.</summary>
    /// <param name="email">The address.</param>
    /// <returns>32 lower-case hex characters.</returns>
    public static string Of(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var trimmed = email.AsSpan().Trim();
        if (trimmed.Length > MaxStackChars)
        {
            return Digest(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()));
        }

        // The same bytes as the line above, without its three intermediate allocations.
        Span<char> lower = stackalloc char[trimmed.Length];
        trimmed.ToLowerInvariant(lower);
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(lower.Length)];
        return Digest(utf8[..Encoding.UTF8.GetBytes(lower, utf8)]);
    }

    private static string Digest(ReadOnlySpan<byte> utf8)
    {
        Span<byte> digest = stackalloc byte[MD5.HashSizeInBytes];
#pragma warning disable CA5351 // MD5 is Mailchimp's identity scheme, not a security control.
        MD5.HashData(utf8, digest);
#pragma warning restore CA5351
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Resolves a path segment that is either a subscriber hash or a raw address.</summary>
    /// <param name="hashOrEmail">The path segment.</param>
    /// <returns>The subscriber hash.</returns>
    public static string Resolve(string hashOrEmail) =>
        hashOrEmail.Contains('@', StringComparison.Ordinal) ? Of(hashOrEmail) : hashOrEmail.ToLowerInvariant();
}
