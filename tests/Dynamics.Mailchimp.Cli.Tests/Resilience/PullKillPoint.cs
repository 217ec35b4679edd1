using System.Globalization;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// Where a rerun of <c>dmc pull</c> is killed: once the <see cref="Count"/>th request of <see cref="Kind"/> of the run was
/// answered, while the next request (at either sandbox) is held unanswered.
/// </summary>
/// <param name="Kind">The kind of request counted.</param>
/// <param name="Count">The 1-based request of that kind in the run.</param>
/// <param name="OrAfter">A kind whose first request ends the stepping too, if it comes first (e.g. the campaigns read,
/// so that a point drawn in the status pull whose work ran out lands at the start of the activity pull, not past it).</param>
internal sealed record PullKillPoint(PullRequestKind Kind, int Count, PullRequestKind? OrAfter = null)
{
    /// <summary>Whether the point is reached once the run made <paramref name="counts"/>.</summary>
    /// <param name="counts">The requests answered so far in the run, per kind.</param>
    /// <returns>True when the child should be killed now.</returns>
    public bool IsReached(IReadOnlyDictionary<PullRequestKind, int> counts) =>
        counts.GetValueOrDefault(Kind) >= Count || (OrAfter is { } other && counts.GetValueOrDefault(other) > 0);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"after {Kind} #{Count}{(OrAfter is { } other ? $" (or {other} #1)" : string.Empty)}");
}
