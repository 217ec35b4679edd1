using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>
/// Decide for a whole run: group the works per member, decide each member (<see cref="Plan"/>), then apply the
/// mass-removal rail over all plans (<see cref="Rail"/>), which needs the sizes of <see cref="AudiencesToMeasure"/> only.
/// Pure.
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
    public RailResult Decide(IReadOnlyList<MemberWork> works, IReadOnlyList<MemberSnapshot> snapshots, IReadOnlyDictionary<string, int> audienceSizes) =>
        Rail(Plan(works, snapshots), audienceSizes);

    /// <summary>One plan per member, before the rail.</summary>
    /// <param name="works">The coalesced works.</param>
    /// <param name="snapshots">The records Read returned.</param>
    /// <returns>The plans.</returns>
    public IReadOnlyList<MemberPlan> Plan(IReadOnlyList<MemberWork> works, IReadOnlyList<MemberSnapshot> snapshots) =>
        // Each group's decision is pure and independent of the others' (the context is read-only): decided on every core,
        // in the groups' order.
        grouper.Group(works, snapshots).AsParallel().AsOrdered().Select(decider.Decide).ToArray();

    /// <summary>The audiences whose size <see cref="Rail"/> needs (see <see cref="MassRemovalRail.AudiencesToMeasure"/>).</summary>
    /// <param name="plans">The plans.</param>
    /// <returns>The audience ids.</returns>
    public IReadOnlyList<string> AudiencesToMeasure(IReadOnlyList<MemberPlan> plans) => rail.AudiencesToMeasure(plans);

    /// <summary>Applies the mass-removal rail.</summary>
    /// <param name="plans">The plans.</param>
    /// <param name="audienceSizes">The sizes of <see cref="AudiencesToMeasure"/> (others may be absent).</param>
    /// <returns>The plans, with held removals, and the verdicts.</returns>
    public RailResult Rail(IReadOnlyList<MemberPlan> plans, IReadOnlyDictionary<string, int> audienceSizes) => rail.Apply(plans, audienceSizes);
}
