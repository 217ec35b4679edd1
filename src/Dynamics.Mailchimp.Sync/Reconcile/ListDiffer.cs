using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide.Rules;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>
/// Compares one synced list with its Mailchimp side (pure). The CRM side streams through <see cref="Add"/>, one record
/// at a time; the Mailchimp side is held by address in a <see cref="MailchimpSide"/>. What Mailchimp has that no record
/// of the list was seen with is settled by <see cref="Resolve"/> once the records with those addresses are read.
/// </summary>
/// <remarks>
/// A record <em>should be</em> on the Mailchimp side when it is active, of an enabled kind, has a plausible address, is
/// not opted out, and was never unsubscribed, cleaned or deleted in Mailchimp: exactly the records the engine would
/// send, so a correction never becomes a skip that is queued again on every run. An update-only list's missing records
/// are queued only when the connector sent them before (the engine never creates members for it), and so are a static
/// list's on a scheduled reconciliation: enabling sync on a list does not push its existing members unless asked
/// (<c>sync --full</c>), not even a week later.
/// </remarks>
public sealed class ListDiffer
{
    private readonly ListMapping list;
    private readonly MailchimpSide mailchimp;
    private readonly SyncOptions options;
    private readonly AudienceSettings? fields;
    private readonly int sampleSize;
    private readonly bool joinsNeverSynced;
    private readonly HashSet<string> crmOnlyAddresses = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> counted = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DriftSample> samples = [];
    private readonly List<RecordRef> toJoin = [];
    private readonly List<RecordRef> toLeave = [];
    private readonly List<RecordRef> toResend = [];
    private readonly List<string> unresolved = [];
    private int mailchimpOnly;
    private int statusMismatch;
    private int fieldMismatch;
    private int inSync;

    /// <summary>Initializes a new instance of the <see cref="ListDiffer"/> class.</summary>
    /// <param name="list">The list.</param>
    /// <param name="mailchimp">Its Mailchimp side, read in full.</param>
    /// <param name="options">The job's options (opt-outs, kinds).</param>
    /// <param name="fields">The audience's settings when merge fields are compared; <see langword="null"/> compares membership and status only.</param>
    /// <param name="sampleSize">Examples kept per kind of difference.</param>
    /// <param name="joinsNeverSynced">Whether records the connector never sent are queued to join (a dynamic list, <c>sync --full</c>, <c>drift --fix</c>), or only reported.</param>
    public ListDiffer(ListMapping list, MailchimpSide mailchimp, SyncOptions options, AudienceSettings? fields, int sampleSize, bool joinsNeverSynced = true)
    {
        this.joinsNeverSynced = joinsNeverSynced;
        this.list = list ?? throw new ArgumentNullException(nameof(list));
        this.mailchimp = mailchimp ?? throw new ArgumentNullException(nameof(mailchimp));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.fields = fields;
        this.sampleSize = sampleSize;
    }

    /// <summary>One record of the list's CRM side (a member of the list now).</summary>
    /// <param name="record">The record.</param>
    public void Add(MemberSnapshot record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Email is not { Length: > 0 } email)
        {
            return;
        }

        var member = mailchimp.See(email);
        if (member is null)
        {
            if (ShouldBeThere(record))
            {
                if (record.WasSynced || (joinsNeverSynced && !list.UpdateOnly))
                {
                    toJoin.Add(record.Record);
                }

                if (crmOnlyAddresses.Add(email))
                {
                    Sample(DriftKind.CrmOnly, email, record.Record, $"{record.Record} is in the list and not {Side}");
                }
            }

            return;
        }

        if (!counted.Add(email))
        {
            return;
        }

        Compare(record, email, member);
    }

    /// <summary>
    /// Settles what Mailchimp has that no record of the list was seen with: a record of the list's table with that
    /// address leaves the tag or interest (unless another syncing list with the same target holds it); an audience
    /// list's extra members are reported only, because people join an audience from Mailchimp's own forms too, and not
    /// even reported when a record the connector sent has the address (it left a tag or interest list and stays in the
    /// audience by rule).
    /// </summary>
    /// <param name="byEmail">Records of the list's member table with the unseen addresses.</param>
    /// <param name="heldElsewhere">Those of them another syncing list puts on the same Mailchimp side (same audience for an audience list, same tag or interest otherwise).</param>
    public void Resolve(IReadOnlyList<MemberSnapshot> byEmail, IReadOnlySet<RecordRef> heldElsewhere)
    {
        ArgumentNullException.ThrowIfNull(byEmail);
        ArgumentNullException.ThrowIfNull(heldElsewhere);
        var records = byEmail.Where(r => r.Email is not null && r.Record.Table == list.MemberTable)
            .ToLookup(r => r.Email!, StringComparer.OrdinalIgnoreCase);
        foreach (var member in mailchimp.Unseen())
        {
            var found = records[member.Email].ToArray();
            if (found.Any(r => heldElsewhere.Contains(r.Record) && ShouldBeThere(r))
                || (list.Target?.Kind == ListTargetKind.Audience && found.Any(r => r.IsActive && r.WasSynced)))
            {
                // Held by another list, or a record the connector sent that left only a tag or interest list: leaving a
                // list never removes anyone from the audience, so the member stays there by rule.
                inSync++;
                continue;
            }

            mailchimpOnly++;
            if (list.Target?.Kind is ListTargetKind.Tag or ListTargetKind.Interest && found.Length > 0)
            {
                toLeave.AddRange(found.Select(r => r.Record));
                Sample(DriftKind.MailchimpOnly, member.Email, found[0].Record, $"{Side} has {member.Email} ({Status(member.Status)}); {found[0].Record} is not in the list");
            }
            else
            {
                unresolved.Add(member.Email);
                Sample(DriftKind.MailchimpOnly, member.Email, found.FirstOrDefault()?.Record, found.Length > 0
                    ? $"{Side} has {member.Email} ({Status(member.Status)}); {found[0].Record} is in no synced list of the audience; left as it is (people join an audience from Mailchimp's forms too)"
                    : $"{Side} has {member.Email} ({Status(member.Status)}) and no {list.MemberTable} has that address; left as it is");
            }
        }
    }

    /// <summary>The drift found.</summary>
    /// <returns>The counts, samples and corrections.</returns>
    public ListDrift Build() => new()
    {
        List = list,
        CrmOnly = crmOnlyAddresses.Count,
        MailchimpOnly = mailchimpOnly,
        StatusMismatch = statusMismatch,
        FieldMismatch = fieldMismatch,
        InSync = inSync,
        Samples = samples.ToArray(),
        ToJoin = toJoin.Distinct().ToArray(),
        ToLeave = toLeave.Distinct().ToArray(),
        ToResend = toResend.Distinct().ToArray(),
        Unresolved = unresolved.ToArray(),
    };

    private string Side => list.Target is { } target ? $"{target} in audience {list.AudienceId}" : $"audience {list.AudienceId}";

    private void Compare(MemberSnapshot record, string email, MailchimpMember member)
    {
        var active = member.Status is MemberStatus.Subscribed or MemberStatus.Pending;
        if (!record.IsActive || !EmailAddressRule.IsValid(email) || !options.IsEnabled(record.Record.Table))
        {
            mailchimpOnly++;
            toLeave.Add(record.Record);
            Sample(DriftKind.MailchimpOnly, email, record.Record, $"{Side} has {email}; {record.Record} is {(record.IsActive ? "not synced (invalid address or kind switched off)" : "inactive")}");
        }
        else if (CrmOptOutRule.OptOutColumn(record, options) is { } column && active)
        {
            statusMismatch++;
            toResend.Add(record.Record);
            Sample(DriftKind.StatusMismatch, email, record.Record, $"{record.Record} opted out ({column}); Mailchimp has {email} {Status(member.Status)}");
        }
        else if (CrmOptOutRule.OptOutColumn(record, options) is null && member.Status is MemberStatus.Unsubscribed or MemberStatus.Cleaned
            && record.StoredStatus is not (MemberStatus.Unsubscribed or MemberStatus.Cleaned))
        {
            statusMismatch++;
            Sample(DriftKind.StatusMismatch, email, record.Record, $"Mailchimp has {email} {Status(member.Status)}; {record.Record} does not know it yet (the pull brings it over)");
        }
        else if (fields is not null && active && member.MergeFields is { } theirs && FieldDifference(record, theirs) is { } difference)
        {
            fieldMismatch++;
            toResend.Add(record.Record);
            Sample(DriftKind.FieldMismatch, email, record.Record, difference);
        }
        else
        {
            inSync++;
        }
    }

    private string? FieldDifference(MemberSnapshot record, IReadOnlyDictionary<string, string> theirs)
    {
        foreach (var (tag, ours) in MergeFieldRule.Build(record, fields!).OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase))
        {
            var value = theirs.FirstOrDefault(pair => string.Equals(pair.Key, tag, StringComparison.OrdinalIgnoreCase)).Value ?? string.Empty;
            if (!string.Equals(value.Trim(), ours.Trim(), StringComparison.Ordinal))
            {
                return $"{tag}: CRM '{ours}', Mailchimp '{value}' ({record.Record})";
            }
        }

        return null;
    }

    private bool ShouldBeThere(MemberSnapshot record) =>
        record.IsActive
        && record.Email is { } email && EmailAddressRule.IsValid(email)
        && options.IsEnabled(record.Record.Table)
        && CrmOptOutRule.OptOutColumn(record, options) is null
        && !record.StoredDeleted
        && record.StoredStatus is not (MemberStatus.Unsubscribed or MemberStatus.Cleaned);

    private void Sample(DriftKind kind, string email, RecordRef? record, string detail)
    {
        if (samples.Count(s => s.Kind == kind) < sampleSize)
        {
            samples.Add(new DriftSample(kind, email, record, detail));
        }
    }

    private static string Status(MemberStatus status) => status.ToString().ToLowerInvariant();
}
