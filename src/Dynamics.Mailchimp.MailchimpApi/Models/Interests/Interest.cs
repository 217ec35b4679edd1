namespace Dynamics.Mailchimp.MailchimpApi.Models.Interests;

/// <summary>An interest (group) within a category; its id is the key in a member's <c>interests</c>.</summary>
public sealed record Interest
{
    /// <summary>Gets the interest id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the category id.</summary>
    public string? CategoryId { get; init; }

    /// <summary>Gets the list id.</summary>
    public string? ListId { get; init; }

    /// <summary>Gets the name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the display order.</summary>
    public int DisplayOrder { get; init; }
}
