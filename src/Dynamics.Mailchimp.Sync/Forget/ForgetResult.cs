namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>What an erasure did, per item; never the address, only its hash.</summary>
/// <param name="AddressHash">The address's <c>sha256:&lt;hex&gt;</c>.</param>
/// <param name="Items">One item per audience, row and record touched, then the audit row.</param>
/// <param name="DryRun">Whether nothing was written.</param>
public sealed record ForgetResult(string AddressHash, IReadOnlyList<ForgetItem> Items, bool DryRun)
{
    /// <summary>Gets a value indicating whether any item failed or changed meanwhile (a second run finishes it).</summary>
    public bool AnyFailed => Items.Any(item => item.Outcome is ForgetOutcome.Failed or ForgetOutcome.ChangedMeanwhile);

    /// <summary>Gets a value indicating whether nothing was (or, in a dry run, would be) changed: the address is already forgotten.</summary>
    public bool NothingChanged => !Items.Any(item => item.Changed);

    /// <summary>How many items of <paramref name="target"/> ended with <paramref name="outcome"/>.</summary>
    /// <param name="target">The kind of item.</param>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    public int Count(ForgetTarget target, ForgetOutcome outcome) => Items.Count(item => item.Target == target && item.Outcome == outcome);
}
