using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>How far one synced list and its Mailchimp side have drifted apart, and what would bring them together.</summary>
public sealed record ListDrift
{
    /// <summary>Gets the list.</summary>
    public required ListMapping List { get; init; }

    /// <summary>Gets the addresses that should be on the Mailchimp side and are not.</summary>
    public int CrmOnly { get; init; }

    /// <summary>Gets the addresses on the Mailchimp side that no record of the list should put there.</summary>
    public int MailchimpOnly { get; init; }

    /// <summary>Gets the addresses on both sides whose consent disagrees.</summary>
    public int StatusMismatch { get; init; }

    /// <summary>Gets the addresses on both sides whose merge fields differ (only when fields were compared).</summary>
    public int FieldMismatch { get; init; }

    /// <summary>Gets the addresses on both sides that agree.</summary>
    public int InSync { get; init; }

    /// <summary>Gets a few examples of each difference.</summary>
    public IReadOnlyList<DriftSample> Samples { get; init; } = [];

    /// <summary>Gets the records to queue as having joined the list (their address is missing on the Mailchimp side).</summary>
    public IReadOnlyList<RecordRef> ToJoin { get; init; } = [];

    /// <summary>Gets the records to queue as having left the list (Mailchimp has them and they should not be there).</summary>
    public IReadOnlyList<RecordRef> ToLeave { get; init; } = [];

    /// <summary>Gets the records to queue as changed, so the engine sends their consent or merge fields again.</summary>
    public IReadOnlyList<RecordRef> ToResend { get; init; } = [];

    /// <summary>Gets the Mailchimp-side addresses no CRM record of the list stands for, left as they are (see <see cref="ListDiffer"/>).</summary>
    public IReadOnlyList<string> Unresolved { get; init; } = [];

    /// <summary>Gets why the list could not be compared, naming it; nothing is queued for it.</summary>
    public string? Error { get; init; }

    /// <summary>Gets a value indicating whether the two sides agree.</summary>
    public bool IsClean => Error is null && CrmOnly == 0 && MailchimpOnly == 0 && StatusMismatch == 0 && FieldMismatch == 0;
}
