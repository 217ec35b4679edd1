namespace Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;

/// <summary>The body of <c>POST /lists/{id}/merge-fields</c>: a merge field the connector needs.</summary>
public sealed record MergeFieldDefinition
{
    /// <summary>Gets the merge tag, e.g. <c>CRMID</c>; matched case-insensitively by "ensure".</summary>
    public required string Tag { get; init; }

    /// <summary>Gets the display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the type (see <see cref="MergeFieldTypes"/>).</summary>
    /// <value>Default <c>text</c>.</value>
    public string Type { get; init; } = MergeFieldTypes.Text;

    /// <summary>Gets a value indicating whether a value is required; the connector leaves this off.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool Required { get; init; }

    /// <summary>Gets a value indicating whether the field is shown on signup forms.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool Public { get; init; }

    /// <summary>Gets the choices of a dropdown or radio field.</summary>
    public MergeFieldOptions? Options { get; init; }
}
