namespace Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;

/// <summary>The result of ensuring one merge field.</summary>
/// <param name="Tag">The requested tag.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="MergeField">The existing or created field; <see langword="null"/> when failed.</param>
/// <param name="Error">The problem title and detail when failed.</param>
public sealed record MergeFieldEnsureResult(string Tag, MergeFieldEnsureOutcome Outcome, MergeField? MergeField, string? Error);
