using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Pull;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>The columns an erasure reads and clears, and the audit row's fixed values.</summary>
public static class ForgetNames
{
    /// <summary>The audit row's <c>dmc_field</c>: the row records an erasure, not a change of one column.</summary>
    public const string AuditField = "gdpr-erasure";

    /// <summary>The queue row columns that can hold an address: the emails, the payload, the name and the job's texts.</summary>
    public static readonly IReadOnlyList<string> QueueTextColumns =
    [
        QueueItemFields.Email, QueueItemFields.PreviousEmail, QueueItemFields.Payload, QueueItemFields.Name, QueueItemFields.LastError, QueueItemFields.Outcome,
    ];

    /// <summary>The consent log columns that can hold an address (the member id is Mailchimp's hash, kept).</summary>
    public static readonly IReadOnlyList<string> ConsentTextColumns =
    [
        PullNames.Name, PullNames.OldValue, PullNames.NewValue, PullNames.Reason,
    ];

    /// <summary>The queue row columns that hold nothing but an address: cleared, not rewritten.</summary>
    public static readonly IReadOnlyList<string> QueueEmailColumns = [QueueItemFields.Email, QueueItemFields.PreviousEmail];
}
