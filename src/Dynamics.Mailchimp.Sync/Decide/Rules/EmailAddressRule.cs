namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>
/// Rule: only an address Mailchimp could accept is sent. Deliberately loose (one '@', a dotted domain, no spaces,
/// at most 254 characters): Mailchimp is the judge of the rest and answers per member at Execute.
/// </summary>
public static class EmailAddressRule
{
    private const int MaxLength = 254;

    /// <summary>Whether <paramref name="email"/> is worth sending.</summary>
    /// <param name="email">The address, trimmed.</param>
    /// <returns>False for an address Mailchimp certainly refuses.</returns>
    public static bool IsValid(string email)
    {
        var at = email.IndexOf('@');
        if (email.Length > MaxLength || at <= 0 || at != email.LastIndexOf('@') || HasWhiteSpace(email))
        {
            return false;
        }

        var domain = email.AsSpan(at + 1);
        return domain.Contains('.') && domain[0] != '.' && domain[^1] != '.' && !domain.Contains("..", StringComparison.Ordinal);
    }

    private static bool HasWhiteSpace(string email)
    {
        foreach (var c in email)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
