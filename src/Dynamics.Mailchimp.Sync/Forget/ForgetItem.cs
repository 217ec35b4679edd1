namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>One item of an erasure: an audience, a row or a record, and what happened to it. Never holds the address.</summary>
/// <param name="Target">What it is.</param>
/// <param name="Id">The audience id, or the row's or record's id (a record as <c>contact &lt;id&gt;</c>).</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Detail">Why it failed, or what changed; the address, if a service quoted it, is replaced by its hash.</param>
public sealed record ForgetItem(ForgetTarget Target, string Id, ForgetOutcome Outcome, string? Detail = null)
{
    /// <summary>Gets a value indicating whether the item changed something (or would, in a dry run).</summary>
    public bool Changed => Outcome is ForgetOutcome.Erased or ForgetOutcome.Cleared or ForgetOutcome.Written or ForgetOutcome.WouldChange;
}
