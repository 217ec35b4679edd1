namespace Dynamics.Mailchimp.MailchimpApi.Models.Members;

/// <summary>How a member listing matches <see cref="MemberQuery.InterestIds"/> (<c>interest_match</c>).</summary>
public enum InterestMatch
{
    /// <summary>Members with at least one of the interests (<c>any</c>).</summary>
    Any,

    /// <summary>Members with every one of the interests (<c>all</c>).</summary>
    All,

    /// <summary>Members with none of the interests (<c>none</c>).</summary>
    None,
}
