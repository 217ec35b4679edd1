namespace Dynamics.Mailchimp.MailchimpApi.Models.Members;

/// <summary>The body of <c>PATCH …/members/{old_hash}</c> that renames a member.</summary>
internal sealed record MemberEmailChange(string EmailAddress);
