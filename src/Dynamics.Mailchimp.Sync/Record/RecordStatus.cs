using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>What Mailchimp holds for a contact, lead or account after this run.</summary>
/// <param name="Record">The record.</param>
/// <param name="MemberId">The subscriber hash (<c>dmc_mailchimpmemberid</c>).</param>
/// <param name="Status">The status (<c>dmc_mailchimpstatus</c>).</param>
/// <param name="ChangedOn">When the job saw it (<c>dmc_mailchimplastchanged</c>).</param>
public sealed record RecordStatus(RecordRef Record, string MemberId, MemberStatus Status, DateTimeOffset ChangedOn);
