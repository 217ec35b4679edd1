using System.Globalization;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>
/// Settle, a pure function: turns a run's row outcomes, plans and plan results into one <see cref="RowResult"/> per
/// row and the <see cref="RecordStatus"/>es to write back. Per row, first match wins:
/// <list type="number">
/// <item>a Failed outcome from Claim, Expand or Coalesce → Failed with its reason (retried with backoff);</item>
/// <item>no plan feeds the row: Superseded or Skipped outcome → that state with its reason; none → Done "nothing to send";</item>
/// <item>a plan it feeds failed → Failed with the members' error texts;</item>
/// <item>a plan it feeds was held (mass-removal rail) or sent without a result (the run stopped) → stays Pending, no try counted;</item>
/// <item>every plan it feeds was skipped or refused by Mailchimp → Skipped with the reasons (a refusal is final: nothing changed in Mailchimp, so not Done);</item>
/// <item>otherwise (each plan confirmed, skipped or refused, at least one confirmed) → Done, the outcome saying what Mailchimp reported.</item>
/// </list>
/// </summary>
public static class RowSettlement
{
    private const int MaxListed = 5;

    /// <summary>Settles the run.</summary>
    /// <param name="rows">The rows read this run (for their attempts).</param>
    /// <param name="outcomes">Outcomes decided before sending: Claim's unreadable rows, Expand's and Coalesce's.</param>
    /// <param name="plans">Every plan Decide made, sent or not.</param>
    /// <param name="results">Execute's results.</param>
    /// <param name="now">When the job saw Mailchimp's answer (<c>dmc_mailchimplastchanged</c>).</param>
    /// <returns>The row results, in the order rows were read, then the unread rows' outcomes; and the record statuses.</returns>
    public static Settlement Settle(
        IReadOnlyList<QueueRow> rows, IReadOnlyList<RowOutcome> outcomes, IReadOnlyList<MemberPlan> plans, IReadOnlyList<PlanResult> results, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(results);
        var resultByPlan = new Dictionary<MemberPlan, PlanResult>(ReferenceEqualityComparer.Instance);
        foreach (var result in results)
        {
            resultByPlan[result.Plan] = result;
        }

        var fates = new Dictionary<Guid, List<PlanFate>>();
        foreach (var plan in plans)
        {
            var fate = new PlanFate(plan, resultByPlan.GetValueOrDefault(plan));
            foreach (var rowId in plan.RowIds.Distinct())
            {
                (fates.TryGetValue(rowId, out var list) ? list : fates[rowId] = []).Add(fate);
            }
        }

        var outcomeByRow = new Dictionary<Guid, RowOutcome>();
        foreach (var outcome in outcomes)
        {
            // A Failed outcome outranks a Skipped or Superseded one for the same row.
            if (!outcomeByRow.TryGetValue(outcome.RowId, out var known) || outcome.Kind == RowOutcomeKind.Failed)
            {
                outcomeByRow[outcome.RowId] = known?.Kind == RowOutcomeKind.Failed ? known : outcome;
            }
        }

        var attempts = rows.ToDictionary(r => r.Id, r => r.Attempts);
        var order = rows.Select(r => r.Id).Concat(outcomes.Select(o => o.RowId)).Distinct();
        var settled = order
            .Select(id => SettleRow(id, attempts.GetValueOrDefault(id), outcomeByRow.GetValueOrDefault(id), fates.GetValueOrDefault(id) ?? []))
            .ToList();
        return new Settlement(settled, RecordStatuses(plans, resultByPlan, now));
    }

    private static RowResult SettleRow(Guid rowId, int attempts, RowOutcome? outcome, List<PlanFate> fates)
    {
        if (outcome is { Kind: RowOutcomeKind.Failed })
        {
            return new RowResult(rowId, QueueItemStates.Failed, null, outcome.Reason.ToString(), attempts);
        }

        if (fates.Count == 0)
        {
            return outcome switch
            {
                { Kind: RowOutcomeKind.Superseded } => new RowResult(rowId, QueueItemStates.Superseded, outcome.Reason.ToString(), null, attempts),
                { Kind: RowOutcomeKind.Skipped } => new RowResult(rowId, QueueItemStates.Skipped, outcome.Reason.ToString(), null, attempts),
                _ => new RowResult(rowId, QueueItemStates.Done, "Nothing to send: the row changed no member.", null, attempts),
            };
        }

        if (fates.Where(f => f.IsFailed).ToList() is { Count: > 0 } failed)
        {
            return new RowResult(rowId, QueueItemStates.Failed, null, Join(failed.Select(f => f.Result!.Detail ?? Describe(f.Plan) + ": failed without detail")), attempts);
        }

        if (fates.Where(f => f.IsHeld || f.IsUnreported).ToList() is { Count: > 0 } waiting)
        {
            var why = Join(waiting.Select(f => f.Plan.Held?.ToString() ?? Describe(f.Plan) + ": sent, but the run stopped before Mailchimp's answer was read"));
            return new RowResult(rowId, QueueItemStates.Pending, why, null, attempts);
        }

        var lines = fates.Select(Line).ToList();
        var state = fates.Any(f => f.IsConfirmed || !(f.IsSkipped || f.IsRefused)) ? QueueItemStates.Done : QueueItemStates.Skipped;
        return new RowResult(rowId, state, Join(lines), null, attempts);
    }

    private static string Line(PlanFate fate) => fate switch
    {
        { IsSkipped: true } => fate.Plan.Skip!.ToString(),
        { IsRefused: true } when MemberRefusals.IsForgotten(fate.Result!.Detail) => Forget.MailchimpErasureText.Refused(fate.Plan.Records, fate.Plan.AudienceId),
        { IsRefused: true } => $"Refused by Mailchimp: {fate.Result!.Detail ?? Describe(fate.Plan)}",
        { IsConfirmed: true } => string.Create(CultureInfo.InvariantCulture, $"{Describe(fate.Plan)}: {Status(fate.Result!)}"),
        _ => $"{Describe(fate.Plan)}: no change needed",
    };

    private static string Status(PlanResult result) =>
        result.Status is { } status ? status.ToString().ToLowerInvariant() : "confirmed";

    private static string Describe(MemberPlan plan) => $"{plan.Email ?? "(no address)"} in audience {plan.AudienceId}";

    private static string Join(IEnumerable<string> lines)
    {
        var all = lines.Distinct(StringComparer.Ordinal).ToList();
        var shown = string.Join("; ", all.Take(MaxListed));
        return all.Count > MaxListed ? string.Create(CultureInfo.InvariantCulture, $"{shown}; and {all.Count - MaxListed} more") : shown;
    }

    private static List<RecordStatus> RecordStatuses(IReadOnlyList<MemberPlan> plans, Dictionary<MemberPlan, PlanResult> results, DateTimeOffset now)
    {
        var statuses = new List<RecordStatus>();
        var seen = new HashSet<RecordRef>();
        foreach (var plan in plans)
        {
            if (!results.TryGetValue(plan, out var result) || result.Kind == PlanResultKind.Failed)
            {
                continue;
            }

            var deleted = result.Kind == PlanResultKind.Refused && MemberRefusals.IsForgotten(result.Detail);
            var memberId = plan.Email is { } email ? SubscriberHash.Compute(email) : result.MemberId;
            if (memberId is null || (result.Status is null && !deleted))
            {
                continue;
            }

            // A permanently deleted address is stored as Deleted (the status stands for "not on the list"), so the
            // push sends it nothing more: its refusal is final, never retried.
            var status = result.Status ?? MemberStatus.Archived;
            statuses.AddRange(plan.Records.Where(seen.Add).Select(record => new RecordStatus(record, memberId, status, now) { Deleted = deleted }));
        }

        return statuses;
    }
}
