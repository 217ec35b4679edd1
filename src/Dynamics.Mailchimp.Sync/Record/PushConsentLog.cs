using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Decide;

namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>
/// The consent log of the push, a pure function (issue #10: "every consent change the job makes, in either direction,
/// is also written as a consent event row"). One <c>dmc_mailchimpstatus</c> event, source CRM, per record of a plan
/// whose Mailchimp answer changes or refuses consent:
/// <list type="bullet">
/// <item>a CRM opt-out or a leave carried as an unsubscribe, confirmed unsubscribed;</item>
/// <item>a re-permission request, confirmed pending (Mailchimp emails the person a confirmation request);</item>
/// <item>a re-subscribe Mailchimp refused (the member is kept unsubscribed or cleaned, or is in a compliance state);</item>
/// <item>an address Mailchimp refused as permanently deleted (new value <see cref="PullNames.DeletedValue"/>).</item>
/// </list>
/// A record whose stored status already is the new one gets no event. The events ride on the first row of the plan
/// read this run, so they are written in one change set with that row's outcome.
/// </summary>
public static class PushConsentLog
{
    /// <summary>Adds the events to the rows of a settlement.</summary>
    /// <param name="settlement">The settled rows and record statuses.</param>
    /// <param name="results">Execute's results.</param>
    /// <param name="snapshots">The records as Read returned them (their stored status is the old value).</param>
    /// <param name="now">When the job saw Mailchimp's answer.</param>
    /// <returns>The settlement with <see cref="RowResult.ConsentEvents"/> set.</returns>
    public static Settlement Attach(Settlement settlement, IReadOnlyList<PlanResult> results, IReadOnlyList<MemberSnapshot> snapshots, DateTimeOffset now) =>
        Attach(settlement, results, ByRecord(snapshots), now);

    /// <summary>Adds the events to the rows of a settlement, with the records looked up once per cycle (<see cref="ByRecord"/>).</summary>
    /// <param name="settlement">The settled rows and record statuses.</param>
    /// <param name="results">Execute's results.</param>
    /// <param name="byRecord">The records as Read returned them, by record (their stored status is the old value).</param>
    /// <param name="now">When the job saw Mailchimp's answer.</param>
    /// <returns>The settlement with <see cref="RowResult.ConsentEvents"/> set.</returns>
    public static Settlement Attach(Settlement settlement, IReadOnlyList<PlanResult> results, IReadOnlyDictionary<RecordRef, MemberSnapshot> byRecord, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(byRecord);
        var rowIds = settlement.Rows.Select(r => r.RowId).ToHashSet();
        var byRow = new Dictionary<Guid, List<ConsentEvent>>();
        foreach (var result in results)
        {
            var anchor = result.Plan.RowIds.FirstOrDefault(rowIds.Contains);
            if (anchor == Guid.Empty || Change(result) is not { } change)
            {
                continue;
            }

            var memberId = result.Plan.Email is { } email ? SubscriberHash.Compute(email) : result.MemberId ?? string.Empty;
            foreach (var snapshot in result.Plan.Records.Distinct().Select(byRecord.GetValueOrDefault).OfType<MemberSnapshot>())
            {
                var old = OldValue(snapshot);
                if (string.Equals(old, change.NewValue, StringComparison.Ordinal))
                {
                    continue;
                }

                var consentEvent = new ConsentEvent(snapshot.Record, MemberFields.MailchimpStatus, old, change.NewValue, change.Status, change.Reason, now, result.Plan.AudienceId, memberId)
                {
                    Source = ConsentSource.Crm,
                };
                (byRow.TryGetValue(anchor, out var list) ? list : byRow[anchor] = []).Add(consentEvent);
            }
        }

        if (byRow.Count == 0)
        {
            return settlement;
        }

        var rows = settlement.Rows.Select(row => byRow.TryGetValue(row.RowId, out var events) ? row with { ConsentEvents = events } : row).ToList();
        return settlement with { Rows = rows };
    }

    /// <summary>The records by record, the first snapshot of each (what <see cref="Attach(Settlement, IReadOnlyList{PlanResult}, IReadOnlyDictionary{RecordRef, MemberSnapshot}, DateTimeOffset)"/> looks up).</summary>
    /// <param name="snapshots">The records as Read returned them.</param>
    /// <returns>The lookup.</returns>
    public static IReadOnlyDictionary<RecordRef, MemberSnapshot> ByRecord(IReadOnlyList<MemberSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var byRecord = new Dictionary<RecordRef, MemberSnapshot>(snapshots.Count);
        foreach (var snapshot in snapshots)
        {
            byRecord.TryAdd(snapshot.Record, snapshot);
        }

        return byRecord;
    }

    private static string? OldValue(MemberSnapshot snapshot) =>
        snapshot.StoredDeleted ? PullNames.DeletedValue : snapshot.StoredStatus?.ToWireValue();

    private static (string NewValue, MemberStatus? Status, string Reason)? Change(PlanResult result)
    {
        var plan = result.Plan;
        if (result.Kind == PlanResultKind.Refused)
        {
            return result switch
            {
                _ when MemberRefusals.IsForgotten(result.Detail) => (PullNames.DeletedValue, null, Forget.MailchimpErasureText.Refused(plan.Records, plan.AudienceId)),
                { Status: { } kept } when kept is MemberStatus.Unsubscribed or MemberStatus.Cleaned => (kept.ToWireValue(), kept, result.Detail ?? string.Empty),
                _ when MemberRefusals.IsFinal(result.Detail) => (PullNames.RefusedValue, null, result.Detail!),
                _ => null,
            };
        }

        if (result.Kind != PlanResultKind.Confirmed)
        {
            return null;
        }

        if (plan.Removal is { Kind: RemovalKind.Unsubscribe } removal && result.Status == MemberStatus.Unsubscribed)
        {
            return (MemberStatus.Unsubscribed.ToWireValue(), MemberStatus.Unsubscribed, $"{removal.Reason}: unsubscribed in audience {plan.AudienceId}");
        }

        if (plan.Upsert is { Status: MemberStatus.Pending } upsert && result.Status == MemberStatus.Pending)
        {
            return (MemberStatus.Pending.ToWireValue(), MemberStatus.Pending, $"Re-permission: {upsert.Email} rejoined in Dynamics and was unsubscribed, so Mailchimp asks the person to confirm (pending) in audience {plan.AudienceId}");
        }

        return null;
    }
}
