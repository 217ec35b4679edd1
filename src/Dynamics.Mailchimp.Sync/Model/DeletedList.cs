namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// A deleted list as its ListDeleted row describes it: the mapping the plug-in took from the delete's pre-image, and
/// whether the row's <see cref="QueueRow.MemberIds"/> are all its former members. The job cannot read either any more:
/// Dataverse deletes the memberships with the list.
/// </summary>
/// <param name="Mapping">The list's connector columns before the delete (<see cref="ListMapping.IsSyncing"/> is false).</param>
/// <param name="NotCapturedReason">Why the plug-in did not capture the former members; <see langword="null"/> when it did.</param>
public sealed record DeletedList(ListMapping Mapping, string? NotCapturedReason)
{
    /// <summary>Gets a value indicating whether the row carries every former member.</summary>
    public bool MembersCaptured => NotCapturedReason is null;
}
