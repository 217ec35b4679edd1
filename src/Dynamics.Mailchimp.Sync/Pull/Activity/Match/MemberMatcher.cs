using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Match;

/// <summary>
/// Finds the contact or lead of each Mailchimp member: first by the member id the push stored
/// (<c>dmc_mailchimpmemberid</c>), then by email, case-insensitively. Contacts and leads are read together, 1,000 values
/// per query and several queries per <c>$batch</c> (<see cref="BulkFetcher"/>), so a chunk of members costs at most two
/// Dataverse calls. Where several records share the member, a contact wins over a lead, then the smallest id, so a
/// rerun links the same record.
/// </summary>
/// <param name="client">The Dataverse client.</param>
internal sealed class MemberMatcher(IDataverseClient client)
{
    private static readonly string[] Tables = [TableNames.Contact, TableNames.Lead];

    /// <summary>The record of each member that has one; unmatched members are absent.</summary>
    /// <param name="members">Member ids and the address Mailchimp reported for each.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The record per member id.</returns>
    public async Task<IReadOnlyDictionary<string, RecordRef>> MatchAsync(IReadOnlyDictionary<string, string> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        var matches = new Dictionary<string, RecordRef>(StringComparer.Ordinal);
        if (members.Count == 0)
        {
            return matches;
        }

        foreach (var (memberId, record) in await FindAsync(MemberFields.MailchimpMemberId, members.Keys.ToArray(), cancellationToken).ConfigureAwait(false))
        {
            Keep(matches, memberId, record);
        }

        var byEmail = members.Where(m => !matches.ContainsKey(m.Key) && !string.IsNullOrWhiteSpace(m.Value))
            .GroupBy(m => m.Value.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Key).ToArray(), StringComparer.Ordinal);
        foreach (var (email, record) in await FindAsync(MemberFields.EmailAddress1, byEmail.Keys.ToArray(), cancellationToken).ConfigureAwait(false))
        {
            foreach (var memberId in byEmail.GetValueOrDefault(email.Trim().ToLowerInvariant()) ?? [])
            {
                Keep(matches, memberId, record);
            }
        }

        return matches;
    }

    private static void Keep(Dictionary<string, RecordRef> matches, string memberId, RecordRef record)
    {
        if (!matches.TryGetValue(memberId, out var kept) || Rank(record).CompareTo(Rank(kept)) < 0)
        {
            matches[memberId] = record;
        }
    }

    private static (int, Guid) Rank(RecordRef record) => (record.Table == TableNames.Contact ? 0 : 1, record.Id);

    private async Task<IEnumerable<(string Value, RecordRef Record)>> FindAsync(string column, IReadOnlyCollection<string> values, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return [];
        }

        // A record stored as Deleted was erased (dmc forget) or permanently deleted in Mailchimp: no activity is
        // imported for it again, also when a report still names the address, so the erasure is not undone.
        var queries = Tables.SelectMany(table => new FetchQuery(table, [ReadNames.PrimaryKey(table), column, MemberFields.MailchimpStatus])
                .Chunk(column, values)
                .Select(fetch => (Table: table, Set: ReadNames.EntitySet(table), Fetch: fetch)))
            .ToList();
        var rows = await new BulkFetcher(client).FetchAsync([.. queries.Select(q => (q.Set, q.Fetch))], cancellationToken).ConfigureAwait(false);
        return rows
            .Select(r => (Table: queries[r.Query].Table, Row: r.Row))
            .Select(r => (Value: JsonRows.Text(r.Row, column), Id: JsonRows.Id(r.Row, ReadNames.PrimaryKey(r.Table)), r.Table, r.Row))
            .Where(r => r.Value is not null && r.Id is not null && !MailchimpStatusOptions.IsDeleted(JsonRows.Integer(r.Row, MemberFields.MailchimpStatus)))
            .Select(r => (r.Value!, new RecordRef(r.Table, r.Id!.Value)));
    }
}
