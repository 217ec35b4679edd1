using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>
/// Decide for a whole run: group the works per member, decide each member, then apply the mass-removal rail over all
/// plans. Pure.
/// </summary>
/// <param name="context">The lists, index, settings and options of the run.</param>
public sealed class RunDecider(DecisionContext context)
{
    private readonly MemberGrouper grouper = new(context);
    private readonly MemberDecider decider = new(context);
    private readonly MassRemovalRail rail = new(context.Options);

    /// <summary>Plans the run.</summary>
    /// <param name="works">The coalesced works.</param>
    /// <param name="snapshots">The records Read returned (see <see cref="CoHolderAddresses"/> for which).</param>
    /// <param name="audienceSizes">Each audience's member count before the run, for the rail.</param>
    /// <returns>One plan per member, with held removals, and the rail's verdicts.</returns>
    public RailResult Decide(IReadOnlyList<MemberWork> works, IReadOnlyList<MemberSnapshot> snapshots, IReadOnlyDictionary<string, int> audienceSizes)
    {
        var plans = grouper.Group(works, snapshots).Select(decider.Decide).ToArray();
        return rail.Apply(plans, audienceSizes);
    }
}
