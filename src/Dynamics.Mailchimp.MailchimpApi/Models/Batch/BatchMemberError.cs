namespace Dynamics.Mailchimp.MailchimpApi.Models.Batch;

/// <summary>One member refused by a batch-subscribe call (returned inside a 200).</summary>
public sealed record BatchMemberError
{
    /// <summary>Gets the refused address.</summary>
    public string EmailAddress { get; init; } = string.Empty;

    /// <summary>Gets the message, e.g. "… looks fake or invalid, please enter a real email address."</summary>
    public string? Error { get; init; }

    /// <summary>Gets the code (see <see cref="BatchErrorCodes"/>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the offending field, when the error is about one.</summary>
    public string? Field { get; init; }

    /// <summary>Gets the field message.</summary>
    public string? FieldMessage { get; init; }
}
