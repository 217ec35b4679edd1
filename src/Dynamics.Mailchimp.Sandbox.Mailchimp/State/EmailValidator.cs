namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>
/// The emulator's stand-in for Mailchimp's "looks fake or invalid" check.
/// </summary>
/// <remarks>
/// Refused: no single <c>@</c>, whitespace, an empty local part, a domain without a dot or with an empty label, a top-level
/// domain shorter than two letters or one of the reserved <c>.invalid</c>, <c>.test</c>, <c>.localhost</c>, and the local
/// parts in <see cref="FakeLocalParts"/> (so <c>test@example.com</c> is fake). Other <c>example.com</c> addresses are
/// accepted so that tests can use them. The real rules are not published.
/// </remarks>
public static class EmailValidator
{
    /// <summary>Gets the local parts treated as fake, whatever the domain.</summary>
    public static IReadOnlySet<string> FakeLocalParts { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "test", "fake", "asdf", "qwerty", "none", "null", "noemail", "nobody",
    };

    private static readonly string[] ReservedTopLevelDomains = ["invalid", "test", "localhost"];

    /// <summary>Returns whether an address looks fake or invalid.</summary>
    /// <param name="email">The address.</param>
    /// <returns><see langword="true"/> when Mailchimp-style validation refuses it.</returns>
    public static bool IsFakeOrInvalid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Any(char.IsWhiteSpace))
        {
            return true;
        }

        var parts = email.Split('@');
        if (parts.Length != 2 || parts[0].Length == 0 || FakeLocalParts.Contains(parts[0]))
        {
            return true;
        }

        var labels = parts[1].Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length == 0))
        {
            return true;
        }

        var tld = labels[^1];
        return tld.Length < 2 || !tld.All(char.IsAsciiLetter) || ReservedTopLevelDomains.Contains(tld, StringComparer.OrdinalIgnoreCase);
    }
}
