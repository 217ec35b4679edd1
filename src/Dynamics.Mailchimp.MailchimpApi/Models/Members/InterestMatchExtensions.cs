namespace Dynamics.Mailchimp.MailchimpApi.Models.Members;

/// <summary>Wire names of <see cref="InterestMatch"/> for query strings.</summary>
public static class InterestMatchExtensions
{
    /// <summary>Gets the wire value, e.g. <c>any</c>.</summary>
    /// <param name="match">The match mode.</param>
    /// <returns>The lower-case name Mailchimp uses.</returns>
    public static string ToWireValue(this InterestMatch match) => match switch
    {
        InterestMatch.Any => "any",
        InterestMatch.All => "all",
        InterestMatch.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(match), match, "Unknown interest match."),
    };
}
