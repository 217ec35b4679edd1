namespace Dynamics.Mailchimp.MailchimpApi.Models.Interests;

/// <summary>An interest category ("group title") of an audience.</summary>
public sealed record InterestCategory
{
    /// <summary>Gets the category id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the list id.</summary>
    public string? ListId { get; init; }

    /// <summary>Gets the title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Gets the display type: <c>checkboxes</c>, <c>dropdown</c>, <c>radio</c> or <c>hidden</c>.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>Gets the display order.</summary>
    public int DisplayOrder { get; init; }
}
