using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Match;
using Dynamics.Mailchimp.Sync.Pull.Record;

namespace Dynamics.Mailchimp.Sync.Pull.Decide;

/// <summary>
/// Rule (issue #10: "unmatched members are counted and reported, not created (an option may create leads)"): with
/// <see cref="PullOptions.CreateLeadsForUnmatched"/>, a <em>subscribed</em> member that matches no record becomes a
/// lead; any other status is only counted. The lead's id is derived from the address (lower case), so a rerun, or the
/// same address in a second audience, upserts the same lead. Pure.
/// </summary>
/// <param name="options">The pull's options.</param>
/// <param name="sync">The job's options: leads are created only while every kind is matched.</param>
public sealed class LeadRule(PullOptions options, SyncOptions sync)
{
    /// <summary>Gets a value indicating whether the rule creates leads this run.</summary>
    public bool IsOn =>
        options.CreateLeadsForUnmatched && sync.IsEnabled(TableNames.Contact) && sync.IsEnabled(TableNames.Lead) && sync.IsEnabled(TableNames.Account);

    /// <summary>The id of the lead created for <paramref name="email"/>.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The lead id.</returns>
    public static Guid LeadId(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return DerivedIds.Of(TableNames.Lead + "|" + email.Trim().ToLowerInvariant());
    }

    /// <summary>The lead to create for an unmatched subscribed member, or <see langword="null"/>.</summary>
    /// <param name="match">The member and its records.</param>
    /// <returns>The change, or <see langword="null"/> when the rule is off, the member matched, or it is not subscribed.</returns>
    public ConsentChange? Decide(MemberMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var member = match.Member;
        if (!IsOn || !match.IsUnmatched || member.Status != MemberStatus.Subscribed || string.IsNullOrWhiteSpace(member.Email))
        {
            return null;
        }

        var record = new RecordRef(TableNames.Lead, LeadId(member.Email));
        var lastName = member.LastName ?? (member.FirstName is null ? member.Email : null);
        var reason = ConsentReasons.LeadCreated(member);
        var created = new ConsentEvent(record, MemberFields.MailchimpStatus, null, member.Status.ToWireValue(), member.Status, reason, member.LastChanged, member.AudienceId, member.MemberId);
        return new ConsentChange(record, member, ConsentChangeKind.LeadCreated)
        {
            NewLead = new NewLead(member.Email, member.FirstName, lastName),
            NewStatus = member.Status,
            Events = [created],
        };
    }
}
