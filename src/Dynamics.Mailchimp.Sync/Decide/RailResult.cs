namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>The plans after the mass-removal rail, and its verdict per audience with removals.</summary>
/// <param name="Plans">The plans, in input order; held removals carry <see cref="MemberPlan.Held"/>.</param>
/// <param name="Verdicts">One verdict per audience with at least one removal.</param>
public sealed record RailResult(IReadOnlyList<MemberPlan> Plans, IReadOnlyList<MassRemovalVerdict> Verdicts)
{
    /// <summary>Gets a value indicating whether any removal was held (the run must say so and exit non-zero).</summary>
    public bool AnyHeld => Verdicts.Any(verdict => verdict.Held);
}
