using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>What Mailchimp holds for a contact, lead or account after this run.</summary>
/// <param name="Record">The record.</param>
/// <param name="MemberId">The subscriber hash (<c>dmc_mailchimpmemberid</c>).</param>
/// <param name="Status">The status (<c>dmc_mailchimpstatus</c>).</param>
/// <param name="ChangedOn">When the job saw it (<c>dmc_mailchimplastchanged</c>).</param>
public sealed record RecordStatus(RecordRef Record, string MemberId, MemberStatus Status, DateTimeOffset ChangedOn)
{
    /// <summary>
    /// Gets a value indicating whether Mailchimp refused the address as permanently deleted: the record stores the
    /// status Deleted (<see cref="MailchimpStatusOptions.Deleted"/>) instead of <see cref="Status"/>, and the push sends
    /// it nothing more.
    /// </summary>
    public bool Deleted { get; init; }

    /// <summary>The <c>dmc_mailchimpstatus</c> option value to store.</summary>
    /// <returns>Deleted, or the option value of <see cref="Status"/>.</returns>
    public int OptionValue() => Deleted ? MailchimpStatusOptions.Deleted : MailchimpStatusOptions.ToOptionValue(Status);
}
