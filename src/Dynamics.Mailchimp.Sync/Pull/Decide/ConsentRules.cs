using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Match;
using Dynamics.Mailchimp.Sync.Pull.Read;

namespace Dynamics.Mailchimp.Sync.Pull.Decide;

/// <summary>
/// The pure mapping of a Mailchimp status onto each matched record (issue #10, Build 1). The rules act on a
/// <em>transition</em>: a status the record does not store yet (<c>dmc_mailchimpstatus</c>). A record already stored
/// as unsubscribed is left alone, so an admin who adds it back to a list, or a CRM opt-out the push sent, is not
/// undone by a later read of the same member. No I/O, no clock.
/// </summary>
/// <param name="options">The mapping options.</param>
public sealed class ConsentRules(PullOptions options)
{
    /// <summary>The changes for every record of <paramref name="match"/>; records with nothing to change are left out.</summary>
    /// <param name="match">The member and its records.</param>
    /// <param name="audience">The member's audience: its lists, and its cleaned-address setting.</param>
    /// <returns>The changes, in the match's record order.</returns>
    public IReadOnlyList<ConsentChange> Decide(MemberMatch match, PullAudience audience)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(audience);
        var lists = audience.Lists.ToDictionary(l => l.ListId);
        var cleanedBlocks = audience.CleanedBlocksBulkEmail ?? options.CleanedBlocksBulkEmail;
        return match.Records
            .Select(record => DecideRecord(match.Member, record, match.Lists.GetValueOrDefault(record.Record) ?? [], lists, cleanedBlocks))
            .OfType<ConsentChange>()
            .Where(change => !change.IsEmpty)
            .ToArray();
    }

    private ConsentChange? DecideRecord(PulledMember member, MemberSnapshot record, IReadOnlyList<Guid> listIds, Dictionary<Guid, ListMapping> lists, bool cleanedBlocks)
    {
        if (record.StoredStatus == member.Status)
        {
            return null;
        }

        return member.Status switch
        {
            MemberStatus.Unsubscribed => Unsubscribed(member, record, listIds.Select(id => lists.GetValueOrDefault(id)).OfType<ListMapping>().ToArray()),
            MemberStatus.Cleaned => Cleaned(member, record, cleanedBlocks),
            MemberStatus.Subscribed when record.StoredStatus is MemberStatus.Unsubscribed or MemberStatus.Cleaned => Resubscribed(member, record, cleanedBlocks),
            MemberStatus.Archived => StatusOnly(member, record, ConsentChangeKind.Archived),
            _ => StatusOnly(member, record, ConsentChangeKind.StatusOnly),
        };
    }

    private ConsentChange Unsubscribed(PulledMember member, MemberSnapshot record, IReadOnlyList<ListMapping> inLists)
    {
        var why = ConsentReasons.Unsubscribed(member);
        var bulk = options.UnsubscribeBlocksBulkEmail && !record.DoNotBulkEmail ? true : (bool?)null;
        var marketing = options.UnsubscribeBlocksMarketingMaterials && !record.DoNotSendMarketingMaterials ? true : (bool?)null;
        var leave = options.UnsubscribeLeavesLists ? inLists : [];
        var events = new List<ConsentEvent> { Event(member, record, MemberFields.MailchimpStatus, Text(record.StoredStatus), Text(member.Status), why) };
        AddFlagEvents(events, member, record, bulk, marketing, why);
        events.AddRange(leave.Select(list => Event(member, record, PullNames.ListMemberField, list.Name, null, ConsentReasons.LeftList(member, list))));
        return new ConsentChange(record.Record, member, ConsentChangeKind.Unsubscribed)
        {
            NewStatus = MemberStatus.Unsubscribed,
            DoNotBulkEmail = bulk,
            DoNotSendMarketingMaterials = marketing,
            LeaveLists = leave,
            Events = events,
        };
    }

    private static ConsentChange Cleaned(PulledMember member, MemberSnapshot record, bool cleanedBlocks)
    {
        var why = ConsentReasons.Cleaned(member, cleanedBlocks);
        var bulk = cleanedBlocks && !record.DoNotBulkEmail ? true : (bool?)null;
        var events = new List<ConsentEvent> { Event(member, record, MemberFields.MailchimpStatus, Text(record.StoredStatus), Text(member.Status), why) };
        AddFlagEvents(events, member, record, bulk, null, why);
        return new ConsentChange(record.Record, member, ConsentChangeKind.Cleaned) { NewStatus = MemberStatus.Cleaned, DoNotBulkEmail = bulk, Events = events };
    }

    private ConsentChange Resubscribed(PulledMember member, MemberSnapshot record, bool cleanedBlocks)
    {
        var why = ConsentReasons.Resubscribed(member, record.StoredStatus!.Value);

        // After a clean, only the block the cleaned setting put there is lifted; after an unsubscribe, both are.
        var fromUnsubscribe = record.StoredStatus == MemberStatus.Unsubscribed;
        var allow = options.ResubscribeAllowsMarketing;
        var bulk = allow && record.DoNotBulkEmail && (fromUnsubscribe || cleanedBlocks) ? false : (bool?)null;
        var marketing = allow && record.DoNotSendMarketingMaterials && fromUnsubscribe ? false : (bool?)null;
        var events = new List<ConsentEvent> { Event(member, record, MemberFields.MailchimpStatus, Text(record.StoredStatus), Text(member.Status), why) };
        AddFlagEvents(events, member, record, bulk, marketing, why);
        return new ConsentChange(record.Record, member, ConsentChangeKind.Resubscribed)
        {
            NewStatus = MemberStatus.Subscribed,
            DoNotBulkEmail = bulk,
            DoNotSendMarketingMaterials = marketing,
            Events = events,
        };
    }

    private static ConsentChange StatusOnly(PulledMember member, MemberSnapshot record, ConsentChangeKind kind) =>
        new(record.Record, member, kind) { NewStatus = member.Status };

    private static void AddFlagEvents(List<ConsentEvent> events, PulledMember member, MemberSnapshot record, bool? bulk, bool? marketing, string why)
    {
        if (bulk is { } newBulk)
        {
            events.Add(Event(member, record, MemberFields.DoNotBulkEmail, Flag(record.DoNotBulkEmail), Flag(newBulk), why));
        }

        if (marketing is { } newMarketing)
        {
            events.Add(Event(member, record, MemberFields.DoNotSendMarketingMaterials, Flag(record.DoNotSendMarketingMaterials), Flag(newMarketing), why));
        }
    }

    private static ConsentEvent Event(PulledMember member, MemberSnapshot record, string field, string? oldValue, string? newValue, string reason) =>
        new(record.Record, field, oldValue, newValue, member.Status, reason, member.LastChanged, member.AudienceId, member.MemberId);

    private static string Flag(bool value) => value ? "true" : "false";

    private static string? Text(MemberStatus? status) => status?.ToWireValue();
}
