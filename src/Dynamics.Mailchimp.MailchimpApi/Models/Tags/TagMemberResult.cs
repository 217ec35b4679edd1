namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>The result for one address of a bulk tag update.</summary>
/// <param name="EmailAddress">The input address.</param>
/// <param name="Action">What was requested.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Error">The error message when failed.</param>
public sealed record TagMemberResult(string EmailAddress, TagAction Action, TagMemberOutcome Outcome, string? Error = null);
