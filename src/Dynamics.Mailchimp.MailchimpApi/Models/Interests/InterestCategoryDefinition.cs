namespace Dynamics.Mailchimp.MailchimpApi.Models.Interests;

/// <summary>The body of <c>POST /lists/{id}/interest-categories</c>.</summary>
public sealed record InterestCategoryDefinition
{
    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the display type: <c>checkboxes</c>, <c>dropdown</c>, <c>radio</c> or <c>hidden</c>.</summary>
    /// <value>Default <c>hidden</c>: the connector manages the values.</value>
    public string Type { get; init; } = "hidden";
}
