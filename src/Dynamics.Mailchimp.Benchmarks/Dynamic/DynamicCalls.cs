using System.Text.RegularExpressions;

namespace Dynamics.Mailchimp.Benchmarks.Dynamic;

/// <summary>
/// One job run's calls, sorted from the emulators' request logs (pure). Dataverse: the list evaluation's pages
/// (<c>GET contacts?fetchXml=…</c>), every other read by entity set (mappings, settings, state, environment variables,
/// queue; a <c>$batch</c> of queries only is one read, named by its entity sets), and writes (every other call; a
/// <c>$batch</c> is one). Mailchimp: the tag's segment-member pages, the tag
/// lookup (<c>GET …/segments</c>), other reads by path, and writes.
/// </summary>
/// <param name="DataverseListPages">List evaluation pages.</param>
/// <param name="DataverseOtherReads">Every other Dataverse read, by entity set.</param>
/// <param name="DataverseWrites">Dataverse calls that are not <c>GET</c>.</param>
/// <param name="MailchimpMemberPages">Segment-member pages.</param>
/// <param name="MailchimpTagLookups">Tag lookups.</param>
/// <param name="MailchimpOtherReads">Every other Mailchimp read, by path with ids replaced.</param>
/// <param name="MailchimpWrites">Mailchimp calls that are not <c>GET</c>.</param>
public sealed partial record DynamicCalls(
    int DataverseListPages,
    IReadOnlyDictionary<string, int> DataverseOtherReads,
    int DataverseWrites,
    int MailchimpMemberPages,
    int MailchimpTagLookups,
    IReadOnlyDictionary<string, int> MailchimpOtherReads,
    int MailchimpWrites)
{
    private const string MemberPagePath = "/segments/{id}/members";
    private const string TagLookupPath = "/segments";

    /// <summary>Gets every Dataverse read: the pages and the others.</summary>
    public int DataverseReads => DataverseListPages + DataverseOtherReads.Values.Sum();

    /// <summary>Gets every Mailchimp read: the pages, the tag lookups and the others.</summary>
    public int MailchimpReads => MailchimpMemberPages + MailchimpTagLookups + MailchimpOtherReads.Values.Sum();

    /// <summary>Sorts a run's calls.</summary>
    /// <param name="log">The calls the emulators logged during the run.</param>
    /// <returns>The counts.</returns>
    public static DynamicCalls From(CallLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var dataverseReads = log.Dataverse.Where(IsRead).ToArray();
        var pages = dataverseReads.Count(IsListPage);
        var mailchimpReads = log.Mailchimp.Where(IsRead).Select(c => IdSegment().Replace(c.Path, "/{id}")).ToArray();
        return new DynamicCalls(
            pages,
            Group(dataverseReads.Where(c => !IsListPage(c)).Select(ReadName)),
            log.Dataverse.Count - dataverseReads.Length,
            mailchimpReads.Count(p => p.EndsWith(MemberPagePath, StringComparison.Ordinal)),
            mailchimpReads.Count(p => p.EndsWith(TagLookupPath, StringComparison.Ordinal)),
            Group(mailchimpReads.Where(p => !p.EndsWith(MemberPagePath, StringComparison.Ordinal) && !p.EndsWith(TagLookupPath, StringComparison.Ordinal))),
            log.Mailchimp.Count(c => !IsRead(c)));
    }

    private static bool IsRead(CallRecord call) =>
        string.Equals(call.Method, "GET", StringComparison.OrdinalIgnoreCase)
        || (call.Parts.Count > 0 && call.Parts.All(p => p.StartsWith("GET ", StringComparison.Ordinal)));

    private static bool IsListPage(CallRecord call) =>
        BatchParts.EntitySet(call.Path) == "contacts" && call.Query.Contains("fetchXml=", StringComparison.Ordinal);

    private static string ReadName(CallRecord call) =>
        call.Parts.Count == 0 ? BatchParts.EntitySet(call.Path) : "$batch(" + string.Join("+", call.Parts.Select(p => p[4..]).Distinct(StringComparer.Ordinal)) + ")";

    private static Dictionary<string, int> Group(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    [GeneratedRegex("/(?=[^/]*[0-9])[0-9a-z]+(?=/|$)")]
    private static partial Regex IdSegment();
}
