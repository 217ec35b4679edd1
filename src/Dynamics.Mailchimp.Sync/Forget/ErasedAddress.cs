using System.Security.Cryptography;
using System.Text;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Sync.Decide.Rules;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>
/// The address a person asked to be erased, and the only forms of it the connector keeps afterwards: its SHA-256 hash
/// (<c>sha256:&lt;hex&gt;</c> of the trimmed, lower-case address) and Mailchimp's member id. <see cref="ToString"/>
/// gives the hash, so a log line or a message that prints this object never prints the address.
/// </summary>
public sealed class ErasedAddress
{
    /// <summary>The prefix of <see cref="Hash"/>.</summary>
    public const string HashPrefix = "sha256:";

    private ErasedAddress(string address)
    {
        Address = address;
        Hash = HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address)));
        MemberId = SubscriberHash.Compute(address);
    }

    /// <summary>Gets the address, trimmed and lower-case. Sent to Mailchimp and Dataverse only; never printed.</summary>
    public string Address { get; }

    /// <summary>Gets <c>sha256:&lt;hex&gt;</c> of <see cref="Address"/>: what output, logs and the audit row show.</summary>
    public string Hash { get; }

    /// <summary>Gets Mailchimp's member id (the MD5 subscriber hash) of <see cref="Address"/>.</summary>
    public string MemberId { get; }

    /// <summary>Reads the address given on the command line.</summary>
    /// <param name="text">The address, in any case, with or without surrounding spaces.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ErasureAddressException">It is not an email address; the message does not repeat it.</exception>
    public static ErasedAddress Parse(string? text)
    {
        var address = text is null ? string.Empty : SubscriberHash.Normalize(text);
        return EmailAddressRule.IsValid(address) ? new ErasedAddress(address) : throw new ErasureAddressException();
    }

    /// <summary>Whether <paramref name="text"/> holds the address anywhere, in any case.</summary>
    /// <param name="text">A column's text.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool IsIn(string? text) => text is not null && text.Contains(Address, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="email"/> is the address (trimmed, ignoring case).</summary>
    /// <param name="email">An email column.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Is(string? email) => email is not null && string.Equals(email.Trim(), Address, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text with every occurrence of the address, in any case, replaced by <see cref="Hash"/>.</summary>
    /// <param name="text">A column's text, or a message.</param>
    /// <returns>The scrubbed text; <see langword="null"/> for <see langword="null"/>.</returns>
    public string? Scrub(string? text) => text?.Replace(Address, Hash, StringComparison.OrdinalIgnoreCase);

    /// <summary>The hash: never the address.</summary>
    /// <returns><see cref="Hash"/>.</returns>
    public override string ToString() => Hash;
}
