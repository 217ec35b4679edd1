using System.Security.Cryptography;
using System.Text;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <summary>
/// Computes Mailchimp's member id: the MD5 of the trimmed, lower-cased email address, as lower-case hex
/// (https://mailchimp.com/developer/marketing/docs/methods-parameters/).
/// </summary>
public static class SubscriberHash
{
    /// <summary>Computes the subscriber hash of an address.</summary>
    /// <param name="emailAddress">The email address, in any case.</param>
    /// <returns>32 lower-case hex characters.</returns>
    public static string Compute(string emailAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emailAddress);
        var normalized = Normalize(emailAddress);
        return Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    /// <summary>Normalizes an address the way the hash does (trimmed, lower-case invariant), for comparing addresses.</summary>
    /// <param name="emailAddress">The email address.</param>
    /// <returns>The normalized address.</returns>
    public static string Normalize(string emailAddress) => emailAddress.Trim().ToLowerInvariant();
}
