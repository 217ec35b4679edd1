using System.Collections.Concurrent;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide.Rules;
using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>
/// Decide: what happens to one Mailchimp member, as a pure function of its group and the run's context. It reads as
/// the rules, in order; each rule is its own type in Rules/ with its own tests. One member's bad data gives that
/// member a skip with a reason and never affects another member.
/// </summary>
/// <param name="context">The lists, index, settings and options of the run.</param>
public sealed class MemberDecider(DecisionContext context)
{
    // The effective merge-field mappings per (audience, table), worked out once per run rather than per member.
    private readonly ConcurrentDictionary<(string AudienceId, string Table), IReadOnlyList<MergeFieldMapping>> mappings = new();

    /// <summary>Decides one member.</summary>
    /// <param name="group">The member's inputs.</param>
    /// <returns>The plan.</returns>
    public MemberPlan Decide(MemberGroup group)
    {
        var plan = new MemberPlan
        {
            AudienceId = group.AudienceId,
            Email = group.Email,
            RowIds = RowIds(group),
            Records = Records(group),
            Warnings = group.Warnings,
        };
        if (group.Email is null && group.Missing.Count > 0)
        {
            return plan with { Skip = DecideReasons.RecordNotFound(group) };
        }

        if (group.Email is null)
        {
            return plan with { Skip = DecideReasons.NoEmail(group) };
        }

        if (!EmailAddressRule.IsValid(group.Email))
        {
            return plan with { Skip = DecideReasons.InvalidEmail(group) };
        }

        if (NeverResubscribeRule.IsDeleted(group))
        {
            return plan with { Skip = DecideReasons.DeletedInMailchimp(group) };
        }

        var settings = context.SettingsFor(group.AudienceId);
        var holders = AudienceHolders.Find(group, context);
        var left = LeaveListRule.LeftLists(group, holders, context);
        return holders.Count == 0
            ? Leave(plan, group, left, settings)
            : Stay(plan, group, holders, left, settings);
    }

    private static MemberPlan Leave(MemberPlan plan, MemberGroup group, IReadOnlyList<ListMapping> left, AudienceSettings settings)
    {
        var email = group.PreviousEmail ?? group.Email!;
        var removal = LeaveListRule.RemovalFor(email, left, [], settings);
        var interests = ListTargetRule.Interests([], left);
        var tagsToRemove = ListTargetRule.Tags(left);
        if (removal is null && interests.Count == 0 && tagsToRemove.Count == 0)
        {
            return plan with { Skip = DecideReasons.NothingToLeave(group) };
        }

        var upsert = removal is null && interests.Count > 0
            ? new UpsertPlan { Email = email, StatusIfNew = settings.NewMemberStatus, Interests = interests, UpdateOnly = true }
            : null;
        return plan with { Email = email, Removal = removal, TagsToRemove = tagsToRemove, Upsert = upsert };
    }

    private MemberPlan Stay(MemberPlan plan, MemberGroup group, IReadOnlyList<MemberSnapshot> holders, IReadOnlyList<ListMapping> left, AudienceSettings settings)
    {
        var winner = DuplicateEmailRule.Winner(holders);
        if (DuplicateEmailRule.Warning(holders, winner) is { } warning)
        {
            plan = plan with { Warnings = [.. plan.Warnings, warning] };
        }

        var known = NeverResubscribeRule.KnownStatus(group.Records);
        if (CrmOptOutRule.FindOptOut(holders, context.Options) is { } optOut)
        {
            return OptOut(plan, group, holders, known, optOut);
        }

        var consent = JourneysConsentRule.Decide(group, winner.Email!, settings, context.Consents);
        if (consent.Skip is not null)
        {
            return plan with { Skip = consent.Skip };
        }

        if (consent.Status is { } newMemberStatus && newMemberStatus != settings.NewMemberStatus)
        {
            settings = settings with { NewMemberStatus = newMemberStatus };
        }

        var joined = JoinListRule.JoinedLists(group, holders, context);
        left = left.Count == 0 ? left : ListTargetRule.NotKept(left, holders.SelectMany(h => context.ListsOf(h.Record, group.AudienceId)));
        var joining = joined.Count > 0 || AnyReentry(group);
        var status = NeverResubscribeRule.Decide(group, known, joining, settings);
        if (status.Skip is not null)
        {
            return plan with { Skip = status.Skip };
        }

        var upsert = new UpsertPlan
        {
            Email = winner.Email!,
            PreviousEmail = group.PreviousEmail,
            StatusIfNew = settings.NewMemberStatus,
            Status = status.Status,
            MergeFields = MergeFieldRule.Build(winner, MappingsOf(group.AudienceId, winner.Record.Table, settings)),
            Interests = ListTargetRule.Interests(joined, left),
            UpdateOnly = UpdateOnlyRule.IsUpdateOnly(group.AudienceId, holders, context),
        };
        return plan with { Email = winner.Email, Upsert = upsert, TagsToAdd = ListTargetRule.Tags(joined), TagsToRemove = ListTargetRule.Tags(left) };
    }

    // The rows and records of the member, each once: loops rather than LINQ chains, as they run for every member, and
    // for the usual member (one record, changed by one row) no set at all.
    private static IReadOnlyList<Guid> RowIds(MemberGroup group)
    {
        if (group.Works is [{ RowIds.Count: <= 1 } only])
        {
            return only.RowIds;
        }

        var rowIds = new DistinctList<Guid, Guid>(static id => id);
        for (var i = 0; i < group.Works.Count; i++)
        {
            rowIds.AddRange(group.Works[i].RowIds);
        }

        return rowIds.ToArray();
    }

    private static RecordRef[] Records(MemberGroup group)
    {
        if (group.Works is [var only] && (group.Records is [] || (group.Records is [var snapshot] && snapshot.Record == only.Record)))
        {
            return [only.Record];
        }

        var records = new DistinctList<RecordRef, RecordRef>(static record => record);
        for (var i = 0; i < group.Works.Count; i++)
        {
            records.Add(group.Works[i].Record);
        }

        for (var i = 0; i < group.Records.Count; i++)
        {
            records.Add(group.Records[i].Record);
        }

        return records.ToArray();
    }

    private static bool AnyReentry(MemberGroup group)
    {
        for (var i = 0; i < group.Works.Count; i++)
        {
            if (JoinListRule.IsReentry(group.Works[i]))
            {
                return true;
            }
        }

        return false;
    }

    private IReadOnlyList<MergeFieldMapping> MappingsOf(string audienceId, string table, AudienceSettings settings) =>
        mappings.GetOrAdd((audienceId, table), static (key, settings) => MergeFieldRule.Mappings(key.Table, settings), settings);

    private static MemberPlan OptOut(MemberPlan plan, MemberGroup group, IReadOnlyList<MemberSnapshot> holders, MemberStatus? known, string optOut)
    {
        var why = known switch
        {
            MemberStatus.Unsubscribed => "is already unsubscribed in Mailchimp",
            MemberStatus.Cleaned => "is cleaned in Mailchimp",
            MemberStatus.Archived => "is archived in Mailchimp",
            _ when !holders.Any(h => h.WasSynced) && group.PreviousEmail is null => "was never sent to Mailchimp",
            _ => null,
        };
        if (why is not null)
        {
            return plan with { Skip = DecideReasons.AlreadyOptedOut(group, why) };
        }

        var email = group.PreviousEmail ?? group.Email!;
        return plan with { Email = email, Removal = new Removal(RemovalKind.Unsubscribe, email, $"{optOut} opted out in Dynamics") };
    }
}
