using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Pull.Match;

/// <summary>
/// Finds the records of a page of members in bulk: one round of <c>$batch</c> FetchXML queries with <c>in</c> conditions
/// on <c>dmc_mailchimpmemberid</c> (the id the push stored) and on <c>emailaddress1</c> (Dataverse compares text
/// case-insensitively; the match is checked again here, ignoring case), then one round for their list memberships.
/// Every record that carries the member's id or shares its address is matched, so a consent change reaches them all.
/// </summary>
public sealed class MemberMatcher
{
    private readonly BulkFetcher fetcher;
    private readonly MembershipReader memberships;

    /// <summary>Initializes a new instance of the <see cref="MemberMatcher"/> class.</summary>
    /// <param name="client">The Dataverse client.</param>
    public MemberMatcher(IDataverseClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        fetcher = new BulkFetcher(client);
        memberships = new MembershipReader(client, fetcher, new DynamicLists());
    }

    /// <summary>Matches <paramref name="members"/>.</summary>
    /// <param name="members">A page of members of <paramref name="audience"/>.</param>
    /// <param name="audience">Their audience.</param>
    /// <param name="options">Which kinds are synced.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>One match per member, in input order.</returns>
    public async Task<IReadOnlyList<MemberMatch>> MatchAsync(IReadOnlyList<PulledMember> members, PullAudience audience, SyncOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(options);
        if (members.Count == 0)
        {
            return [];
        }

        var snapshots = await ReadRecordsAsync(members, options, cancellationToken).ConfigureAwait(false);
        var byId = snapshots.Where(s => s.StoredMemberId is not null).ToLookup(s => s.StoredMemberId!, StringComparer.OrdinalIgnoreCase);
        var byEmail = snapshots.Where(s => s.Email is not null).ToLookup(s => s.Email!, StringComparer.OrdinalIgnoreCase);
        var matched = members.Select(m => (Member: m, Records: byId[m.MemberId].Concat(byEmail[m.Email.Trim()]).DistinctBy(s => s.Record).ToArray())).ToArray();

        var records = matched.SelectMany(m => m.Records).Select(s => s.Record).Distinct().ToArray();
        var listsOf = (await memberships.ReadAsync(records, audience.StaticListIds.ToArray(), cancellationToken).ConfigureAwait(false))
            .GroupBy(m => m.Record)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(m => m.ListId).Order().ToArray());
        return matched.Select(m => new MemberMatch(
            m.Member,
            m.Records,
            m.Records.ToDictionary(s => s.Record, s => listsOf.GetValueOrDefault(s.Record) ?? []))).ToArray();
    }

    private async Task<IReadOnlyList<MemberSnapshot>> ReadRecordsAsync(IReadOnlyList<PulledMember> members, SyncOptions options, CancellationToken cancellationToken)
    {
        var ids = members.Select(m => m.MemberId).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var emails = members.Select(m => m.Email.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var queries = new List<(string EntitySet, string FetchXml)>();
        var profiles = new Dictionary<string, MemberProfile>(StringComparer.Ordinal);
        foreach (var profile in new[] { MemberProfile.Contact, MemberProfile.Lead, MemberProfile.Account }.Where(p => options.IsEnabled(p.Table)))
        {
            var query = new FetchQuery(profile.Table, [ReadNames.PrimaryKey(profile.Table), .. profile.SyncedColumns([]), MemberFields.MailchimpMemberId, MemberFields.MailchimpStatus, ReadNames.CreatedOn]);
            queries.AddRange(query.Chunk(MemberFields.MailchimpMemberId, ids).Select(xml => (query.EntitySet, xml)));
            queries.AddRange(query.Chunk(MemberFields.EmailAddress1, emails).Select(xml => (query.EntitySet, xml)));
            profiles[query.EntitySet] = profile;
        }

        var rows = await fetcher.FetchAsync(queries, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => SnapshotReader.ToSnapshot(r.Row, profiles[queries[r.Query].EntitySet], [])).DistinctBy(s => s.Record).ToArray();
    }
}
