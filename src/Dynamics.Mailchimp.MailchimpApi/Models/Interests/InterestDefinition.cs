namespace Dynamics.Mailchimp.MailchimpApi.Models.Interests;

/// <summary>The body of <c>POST /lists/{id}/interest-categories/{category_id}/interests</c>.</summary>
public sealed record InterestDefinition
{
    /// <summary>Gets the name.</summary>
    public required string Name { get; init; }
}
