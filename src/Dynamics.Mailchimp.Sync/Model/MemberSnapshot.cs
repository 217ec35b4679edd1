using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>A contact, lead or account as Read returns it, after the changes. A deleted record has no snapshot.</summary>
public sealed record MemberSnapshot
{
    /// <summary>Gets the record.</summary>
    public required RecordRef Record { get; init; }

    /// <summary>Gets the email (<c>emailaddress1</c>), trimmed; <see langword="null"/> when empty.</summary>
    public string? Email { get; init; }

    /// <summary>Gets a value indicating whether the record is active (<c>statecode</c> 0).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool IsActive { get; init; } = true;

    /// <summary>Gets a value indicating whether bulk email is not allowed (<c>donotbulkemail</c> true).</summary>
    public bool DoNotBulkEmail { get; init; }

    /// <summary>Gets a value indicating whether marketing materials are not to be sent (<c>donotsendmm</c> true).</summary>
    public bool DoNotSendMarketingMaterials { get; init; }

    /// <summary>Gets the Mailchimp status the job last stored on the record (<c>dmc_mailchimpstatus</c>); null if never.</summary>
    public MemberStatus? StoredStatus { get; init; }

    /// <summary>
    /// Gets a value indicating whether the job stored the status Deleted (<see cref="MailchimpStatusOptions.Deleted"/>):
    /// Mailchimp refused the address as permanently deleted, so nothing is sent to it.
    /// </summary>
    public bool StoredDeleted { get; init; }

    /// <summary>Gets the subscriber hash the job last stored on the record (<c>dmc_mailchimpmemberid</c>); null if never.</summary>
    public string? StoredMemberId { get; init; }

    /// <summary>Gets when the record was created, for the deterministic winner among records sharing an address.</summary>
    public DateTimeOffset CreatedOn { get; init; }

    /// <summary>Gets the mapped columns by logical name; a column missing here is sent as empty.</summary>
    public IReadOnlyDictionary<string, ColumnValue> Values { get; init; } = new Dictionary<string, ColumnValue>();

    /// <summary>Gets a value indicating whether the job ever wrote this record to Mailchimp.</summary>
    public bool WasSynced => StoredStatus is not null || StoredDeleted || !string.IsNullOrEmpty(StoredMemberId);
}
