namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>A segment of an audience; a tag is a static segment of the same name.</summary>
public sealed record Segment
{
    /// <summary>Gets the segment id (also the tag id).</summary>
    public long Id { get; init; }

    /// <summary>Gets the name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the type: <c>static</c>, <c>saved</c> or <c>fuzzy</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the number of members.</summary>
    public int MemberCount { get; init; }

    /// <summary>Gets the list id.</summary>
    public string? ListId { get; init; }
}
