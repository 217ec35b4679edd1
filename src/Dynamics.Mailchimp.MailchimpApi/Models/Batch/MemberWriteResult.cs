using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.MailchimpApi.Models.Batch;

/// <summary>The result for one input member of a batch upsert, in input order.</summary>
/// <param name="EmailAddress">The input address.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="MemberId">The member id (subscriber hash) when written.</param>
/// <param name="Error">The error message when failed.</param>
/// <param name="ErrorCode">The batch error code, or the problem title when the chunk failed as a whole.</param>
/// <param name="Field">The offending field, if any.</param>
/// <param name="Status">
/// The member's status as Mailchimp reports it after the write, when written. Read this rather than trusting the
/// requested status: batch subscribe reports a member who unsubscribed themselves as updated while keeping them
/// unsubscribed (strangerstudios/pmpro-mailchimp#151).
/// </param>
/// <param name="FieldMessage">What is wrong with the offending field (e.g. "Please enter a value"), if any.</param>
public sealed record MemberWriteResult(
    string EmailAddress,
    MemberWriteOutcome Outcome,
    string? MemberId = null,
    string? Error = null,
    string? ErrorCode = null,
    string? Field = null,
    MemberStatus? Status = null,
    string? FieldMessage = null)
{
    /// <summary>Gets a value indicating whether the member was written.</summary>
    public bool Succeeded => Outcome is MemberWriteOutcome.Created or MemberWriteOutcome.Updated;
}
