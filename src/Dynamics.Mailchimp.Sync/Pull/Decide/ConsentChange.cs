using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Read;

namespace Dynamics.Mailchimp.Sync.Pull.Decide;

/// <summary>What the pull writes for one record: its new status and consent columns, the lists it leaves, and the log rows.</summary>
/// <param name="Record">The record.</param>
/// <param name="Member">The Mailchimp member it stands for.</param>
/// <param name="Kind">What the member's status means for it.</param>
public sealed record ConsentChange(RecordRef Record, PulledMember Member, ConsentChangeKind Kind)
{
    /// <summary>Gets the status to store, or <see langword="null"/> to leave it.</summary>
    public MemberStatus? NewStatus { get; init; }

    /// <summary>Gets the new <c>donotbulkemail</c>, or <see langword="null"/> to leave it.</summary>
    public bool? DoNotBulkEmail { get; init; }

    /// <summary>Gets the new <c>donotsendmm</c>, or <see langword="null"/> to leave it.</summary>
    public bool? DoNotSendMarketingMaterials { get; init; }

    /// <summary>Gets the static syncing lists the record leaves.</summary>
    public IReadOnlyList<ListMapping> LeaveLists { get; init; } = [];

    /// <summary>Gets the consent log rows, one per consent column changed and per list left.</summary>
    public IReadOnlyList<ConsentEvent> Events { get; init; } = [];

    /// <summary>Gets the lead to create for an unmatched member (<see cref="ConsentChangeKind.LeadCreated"/>): <see cref="Record"/> is its id.</summary>
    public NewLead? NewLead { get; init; }

    /// <summary>Gets a value indicating whether the change writes nothing.</summary>
    public bool IsEmpty => NewLead is null && NewStatus is null && DoNotBulkEmail is null && DoNotSendMarketingMaterials is null && LeaveLists.Count == 0;
}
