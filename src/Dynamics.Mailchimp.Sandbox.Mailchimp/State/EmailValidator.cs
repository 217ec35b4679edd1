namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>
/// The emulator's stand-in for Mailchimp's address checks: malformed ("Please provide a valid email address.") and
/// fake ("… looks fake or invalid, please enter a real email address.").
/// </summary>
/// <remarks>
/// Malformed: empty, whitespace, not exactly one <c>@</c>, an empty local part, a domain without a dot or with an empty
/// label, a top-level domain that is not two or more letters. Fake: the reserved names of RFC 2606 and RFC 6761
/// (<c>example.com</c>, <c>example.net</c>, <c>example.org</c> and their subdomains, the <c>.example</c>, <c>.invalid</c>,
/// <c>.test</c> and <c>.localhost</c> top-level domains) and the local parts in <see cref="FakeLocalParts"/>. Mailchimp refuses
/// <c>foo@example.com</c> as fake and <c>AAAAA</c> as malformed (recorded in grouparoo/grouparoo
/// plugins/@grouparoo/mailchimp/__tests__/fixtures/export/exportRecord.js); its full rules are not published.
/// </remarks>
public static class EmailValidator
{
    /// <summary>Gets the local parts treated as fake, whatever the domain.</summary>
    public static IReadOnlySet<string> FakeLocalParts { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "test", "fake", "asdf", "qwerty", "none", "null", "noemail", "nobody",
    };

    /// <summary>Gets the reserved second-level domains (RFC 2606).</summary>
    public static IReadOnlySet<string> ReservedDomains { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "example.com", "example.net", "example.org",
    };

    private static readonly string[] ReservedTopLevelDomains = ["example", "invalid", "test", "localhost"];

    /// <summary>Returns whether an address is not an address at all.</summary>
    /// <param name="email">The address.</param>
    /// <returns><see langword="true"/> when Mailchimp answers "Please provide a valid email address.".</returns>
    public static bool IsMalformed(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Any(char.IsWhiteSpace))
        {
            return true;
        }

        var parts = email.Split('@');
        if (parts.Length != 2 || parts[0].Length == 0)
        {
            return true;
        }

        var labels = parts[1].Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length == 0))
        {
            return true;
        }

        var tld = labels[^1];
        return tld.Length < 2 || !tld.All(char.IsAsciiLetter);
    }

    /// <summary>Returns whether a well-formed address looks fake.</summary>
    /// <param name="email">The address, already known not to be malformed.</param>
    /// <returns><see langword="true"/> when Mailchimp answers "looks fake or invalid".</returns>
    public static bool LooksFake(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var local = email[..at];
        var domain = email[(at + 1)..];
        var tld = domain[(domain.LastIndexOf('.') + 1)..];
        return FakeLocalParts.Contains(local)
            || ReservedTopLevelDomains.Contains(tld, StringComparer.OrdinalIgnoreCase)
            || ReservedDomains.Any(d => domain.Equals(d, StringComparison.OrdinalIgnoreCase) || domain.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Returns whether an address is malformed or looks fake.</summary>
    /// <param name="email">The address.</param>
    /// <returns><see langword="true"/> when Mailchimp refuses it either way.</returns>
    public static bool IsFakeOrInvalid(string? email) => IsMalformed(email) || LooksFake(email!);
}
