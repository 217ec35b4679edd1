namespace Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;

/// <summary>A merge-field definition of an audience.</summary>
public sealed record MergeField
{
    /// <summary>Gets the fixed numeric id.</summary>
    public int MergeId { get; init; }

    /// <summary>Gets the merge tag, e.g. <c>FNAME</c>; the key in a member's <c>merge_fields</c>.</summary>
    public string Tag { get; init; } = string.Empty;

    /// <summary>Gets the display name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the type (see <see cref="MergeFieldTypes"/>).</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether a value is required.</summary>
    public bool Required { get; init; }

    /// <summary>Gets the default value.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>Gets the list id.</summary>
    public string? ListId { get; init; }
}
