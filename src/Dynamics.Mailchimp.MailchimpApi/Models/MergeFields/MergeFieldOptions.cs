namespace Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;

/// <summary>Type-specific settings of a merge field.</summary>
public sealed record MergeFieldOptions
{
    /// <summary>Gets the choices of a dropdown or radio field.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>Gets the maximum text length.</summary>
    public int? Size { get; init; }

    /// <summary>Gets the date format, e.g. <c>DD/MM/YYYY</c>.</summary>
    public string? DateFormat { get; init; }
}
