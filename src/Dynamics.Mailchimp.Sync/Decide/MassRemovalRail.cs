using System.Globalization;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>
/// The safety rail against mass removal: when a run would archive or unsubscribe more of an audience than
/// <see cref="SyncOptions.MassRemovalPercent"/> percent of it AND more than
/// <see cref="SyncOptions.MassRemovalMinimumMembers"/> members (default over 5 % and over 50), none of those removals
/// is sent; they are held with a count and a reason until a run with <see cref="SyncOptions.AllowMassRemoval"/>
/// (<c>--allow-mass-removal</c>). An audience of unknown size trips on the member count alone. Pure.
/// </summary>
/// <param name="options">The run's options.</param>
public sealed class MassRemovalRail(SyncOptions options)
{
    /// <summary>
    /// The audiences whose size the rail needs: those with more removals planned than
    /// <see cref="SyncOptions.MassRemovalMinimumMembers"/>. Below that the rail cannot trip, so a run without many
    /// removals costs no Mailchimp call for it.
    /// </summary>
    /// <param name="plans">All plans of the run.</param>
    /// <returns>The audience ids, in order.</returns>
    public IReadOnlyList<string> AudiencesToMeasure(IReadOnlyList<MemberPlan> plans) =>
        [.. RemovalsByAudience(plans)
            .Where(group => group.Count() > options.MassRemovalMinimumMembers)
            .Select(group => group.Key)
            .Order(StringComparer.Ordinal)];

    /// <summary>Checks every audience of the run.</summary>
    /// <param name="plans">All plans of the run.</param>
    /// <param name="audienceSizes">Each audience's member count before the run (subscribed, unsubscribed and cleaned).</param>
    /// <returns>The plans, with held removals, and the verdicts.</returns>
    public RailResult Apply(IReadOnlyList<MemberPlan> plans, IReadOnlyDictionary<string, int> audienceSizes)
    {
        var verdicts = RemovalsByAudience(plans)
            .Select(group => Judge(group.Key, group.Count(), audienceSizes.TryGetValue(group.Key, out var size) ? size : null))
            .OrderBy(verdict => verdict.AudienceId, StringComparer.Ordinal)
            .ToArray();
        var held = verdicts.Where(verdict => verdict.Held).ToDictionary(verdict => verdict.AudienceId, StringComparer.Ordinal);
        var result = plans
            .Select(plan => plan.Removal is not null && plan.Skip is null && held.TryGetValue(plan.AudienceId, out var verdict)
                ? plan with { Held = new SkipReason(SkipCode.MassRemovalHeld, $"{plan.Removal.Email}: {verdict.Message}") }
                : plan)
            .ToArray();
        return new RailResult(result, verdicts);
    }

    // A removal the rail judges: planned and not skipped.
    private static bool IsJudged(MemberPlan plan) => plan.Removal is not null && plan.Skip is null;

    // The judged removals, per audience.
    private static IEnumerable<IGrouping<string, MemberPlan>> RemovalsByAudience(IReadOnlyList<MemberPlan> plans) =>
        plans.Where(IsJudged).GroupBy(plan => plan.AudienceId, StringComparer.Ordinal);

    private MassRemovalVerdict Judge(string audienceId, int removals, int? size)
    {
        var overShare = size is not { } known || removals * 100d > options.MassRemovalPercent * known;
        var trips = removals > options.MassRemovalMinimumMembers && overShare;
        var share = size is > 0 ? string.Create(CultureInfo.InvariantCulture, $"{removals * 100d / size.Value:0.#} % of its {size} members") : "an audience of unknown size";
        var limits = string.Create(CultureInfo.InvariantCulture, $"the rail allows up to {options.MassRemovalPercent:0.#} % or up to {options.MassRemovalMinimumMembers} members per run");
        var message = !trips
            ? string.Create(CultureInfo.InvariantCulture, $"audience {audienceId}: {removals} removals ({share}); within the rail")
            : options.AllowMassRemoval
                ? string.Create(CultureInfo.InvariantCulture, $"audience {audienceId}: {removals} removals ({share}) exceed the rail ({limits}); going ahead because mass removal is allowed")
                : string.Create(CultureInfo.InvariantCulture, $"audience {audienceId}: this run would archive or unsubscribe {removals} members ({share}), more than {limits}; none of them was removed. Check the list and consent changes, then run again with --allow-mass-removal to go ahead");
        return new MassRemovalVerdict(audienceId, removals, size, trips && !options.AllowMassRemoval, message);
    }
}
