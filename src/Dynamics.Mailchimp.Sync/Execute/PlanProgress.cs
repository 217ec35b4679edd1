using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// One plan on its way through the phases of a run (rename, upsert, tags, removal): the address Mailchimp holds now,
/// the status it reported, and the first failure or refusal. A stopped plan takes no further part.
/// </summary>
internal sealed class PlanProgress
{
    private int _reported;

    public PlanProgress(MemberPlan plan)
    {
        Plan = plan;
        Address = plan.Upsert?.Email ?? plan.Removal?.Email ?? plan.Email ?? string.Empty;
        IsWritten = plan.Upsert is not null || plan.Removal is { Kind: RemovalKind.Unsubscribe };
        FinalPhase = plan switch
        {
            { Removal.Kind: RemovalKind.Archive } => ExecutePhase.Archive,
            { TagsToAdd.Count: > 0 } or { TagsToRemove.Count: > 0 } => ExecutePhase.Tags,
            _ when IsWritten => ExecutePhase.Upsert,
            _ => ExecutePhase.Rename,
        };
    }

    public MemberPlan Plan { get; }

    /// <summary>Gets a value indicating whether the plan has a batch subscribe part (an upsert or an unsubscribe).</summary>
    public bool IsWritten { get; }

    /// <summary>Gets the last phase with a part of this plan: once it is over, the plan is finished.</summary>
    public ExecutePhase FinalPhase { get; }

    /// <summary>Gets or sets the address Mailchimp holds the member by (the new one after a rename).</summary>
    public string Address { get; set; }

    /// <summary>Gets or sets the status Mailchimp reported last.</summary>
    public MemberStatus? Status { get; set; }

    public PlanResultKind Kind { get; private set; } = PlanResultKind.Confirmed;

    public string? Detail { get; private set; }

    /// <summary>Gets a value indicating whether a part failed or was refused: the later parts are not sent.</summary>
    public bool IsStopped => Kind != PlanResultKind.Confirmed;

    public void Fail(string detail) => Stop(PlanResultKind.Failed, detail);

    public void Refuse(string detail) => Stop(PlanResultKind.Refused, detail);

    /// <summary>Adds a note to a confirmed plan (e.g. the member was already archived).</summary>
    public void Note(string detail)
    {
        if (!IsStopped)
        {
            Detail = Detail is null ? detail : Detail + " " + detail;
        }
    }

    /// <summary>Marks the plan reported to the caller; false when it already was.</summary>
    public bool MarkReported() => Interlocked.Exchange(ref _reported, 1) == 0;

    public PlanResult ToResult() => new(
        Plan,
        Kind,
        Status,
        Address.Length == 0 ? null : SubscriberHash.Compute(Address),
        Detail);

    private void Stop(PlanResultKind kind, string detail)
    {
        if (!IsStopped)
        {
            Kind = kind;
            Detail = detail;
        }
    }
}
