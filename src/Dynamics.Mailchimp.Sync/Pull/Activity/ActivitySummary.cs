namespace Dynamics.Mailchimp.Sync.Pull.Activity;

/// <summary>What an activity pull did.</summary>
/// <param name="Campaigns">Sent campaigns read and written as campaign rows.</param>
/// <param name="Activities">Activity rows written, per action.</param>
/// <param name="Unmatched">Events whose member matched no contact or lead (not imported).</param>
/// <param name="UnmatchedMembers">Distinct members among them.</param>
/// <param name="CampaignsCheckpointed">Campaigns whose checkpoint moved forward.</param>
/// <param name="Failures">One sentence per row Dataverse did not write; their campaigns keep their checkpoint.</param>
/// <param name="DataverseWrites">Dataverse write calls: every <c>$batch</c> that writes (each carrying at most one <c>UpsertMultiple</c>), fallbacks included.</param>
public sealed record ActivitySummary(
    int Campaigns,
    IReadOnlyDictionary<ActivityAction, int> Activities,
    int Unmatched,
    int UnmatchedMembers,
    int CampaignsCheckpointed,
    IReadOnlyList<string> Failures,
    int DataverseWrites)
{
    /// <summary>Gets the activity rows written, all actions.</summary>
    public int ActivityTotal => Activities.Values.Sum();
}
