namespace Dynamics.Mailchimp.MailchimpApi.Errors;

/// <summary>One field-level validation error of a Mailchimp problem document (<c>errors[]</c>).</summary>
public sealed record MailchimpFieldError
{
    /// <summary>Gets the field, e.g. <c>merge_fields.FNAME</c> or a merge tag.</summary>
    public string? Field { get; init; }

    /// <summary>Gets the message, e.g. "Please enter a value".</summary>
    public string? Message { get; init; }
}
