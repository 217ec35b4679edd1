using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>A contact, lead or account with the address, or storing its Mailchimp member id, as read.</summary>
/// <param name="Record">The record.</param>
/// <param name="ETag">Its <c>@odata.etag</c>.</param>
/// <param name="HasAddress">Whether its <c>emailaddress1</c> is the address (otherwise it only stores the member id).</param>
/// <param name="MemberId">Its <c>dmc_mailchimpmemberid</c>.</param>
/// <param name="Status">Its <c>dmc_mailchimpstatus</c> option value.</param>
public sealed record FoundRecord(RecordRef Record, string? ETag, bool HasAddress, string? MemberId, int? Status);
