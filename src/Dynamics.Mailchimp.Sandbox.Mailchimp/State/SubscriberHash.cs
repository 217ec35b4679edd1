using System.Security.Cryptography;
using System.Text;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>Computes Mailchimp's subscriber hash: the MD5 of the lower-cased address, as lower-case hex.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/docs/methods-parameters/</remarks>
public static class SubscriberHash
{
    /// <summary>Hashes an email address.</summary>
    /// <param name="email">The address.</param>
    /// <returns>32 lower-case hex characters.</returns>
    public static string Of(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
#pragma warning disable CA5351 // MD5 is Mailchimp's identity scheme, not a security control.
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()));
#pragma warning restore CA5351
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Resolves a path segment that is either a subscriber hash or a raw address.</summary>
    /// <param name="hashOrEmail">The path segment.</param>
    /// <returns>The subscriber hash.</returns>
    public static string Resolve(string hashOrEmail) =>
        hashOrEmail.Contains('@', StringComparison.Ordinal) ? Of(hashOrEmail) : hashOrEmail.ToLowerInvariant();
}
