namespace Dynamics.Mailchimp.MailchimpApi.Models.Members;

/// <summary>A tag on a member.</summary>
public sealed record MemberTag
{
    /// <summary>Gets the tag id (the id of its static segment).</summary>
    public long Id { get; init; }

    /// <summary>Gets the tag name.</summary>
    public string Name { get; init; } = string.Empty;
}
