using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Activity;

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

    /// <summary>
    /// The email activity columns that can hold an address: the recipient's address, the subject, the clicked URL (a link
    /// can carry it in its query) and the unsubscribe reason. The member id is Mailchimp's hash, kept as in the consent log.
    /// </summary>
    public static readonly IReadOnlyList<string> ActivityTextColumns =
    [
        ActivityNames.EmailAddress, ActivityNames.ActivitySubject, ActivityNames.Url, ActivityNames.Detail,
    ];

    /// <summary>The email activity column that holds nothing but the address: cleared, not rewritten.</summary>
    public static readonly IReadOnlyList<string> ActivityEmailColumns = [ActivityNames.EmailAddress];

    /// <summary>An activity's Open state (<c>statecode</c> 0; solution/src/Entities/dmc_emailactivity).</summary>
    public const int ActivityOpen = 0;

    /// <summary>The Open status reason (<c>statuscode</c> 1, in state Open).</summary>
    public const int ActivityOpenStatus = 1;

    /// <summary>An activity's Canceled state (<c>statecode</c> 2): closed, like Completed.</summary>
    public const int ActivityCanceled = 2;

    /// <summary>The queue row columns that hold nothing but an address: cleared, not rewritten.</summary>
    public static readonly IReadOnlyList<string> QueueEmailColumns = [QueueItemFields.Email, QueueItemFields.PreviousEmail];
}
