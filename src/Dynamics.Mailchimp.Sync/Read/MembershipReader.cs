using System.Text.Json;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// Reads <c>listmembers</c> rows (<c>_listid_value</c>, <c>_entityid_value</c>, <c>entitytype</c>): of given records in
/// given lists, chunked by record id into <c>$batch</c> calls, or every member of given lists, paged 5,000 a call.
/// A dynamic list read by <see cref="ListMappingReader"/> has no such rows: its query is run instead, narrowed to the
/// records (in the same <c>$batch</c> calls) or paged on its own for all members.
/// </summary>
/// <param name="client">The Dataverse client (for paged reads).</param>
/// <param name="fetcher">Runs the chunked queries.</param>
/// <param name="dynamicLists">The dynamic lists' queries.</param>
internal sealed class MembershipReader(IDataverseClient client, BulkFetcher fetcher, DynamicLists dynamicLists)
{
    private static readonly string[] Columns = [ListMemberFields.ListMemberId, ListMemberFields.ListId, ListMemberFields.EntityId, ReadNames.EntityType];
    private static readonly string EntityProperty = ReadNames.LookupProperty(ListMemberFields.EntityId);
    private static readonly string EntityTableAnnotation = ReadNames.Annotation(EntityProperty, ReadNames.LookupLogicalName);
    private static readonly string ListProperty = ReadNames.LookupProperty(ListMemberFields.ListId);

    public async Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadAsync(
        IReadOnlyCollection<RecordRef> records, IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken)
    {
        if (records.Count == 0 || listIds.Count == 0)
        {
            return [];
        }

        var wanted = records.ToHashSet();
        var dynamic = listIds.Distinct().Where(id => dynamicLists.TryGet(id, out _, out _)).ToHashSet();
        var staticIds = listIds.Distinct().Where(id => !dynamic.Contains(id)).ToArray();
        var queries = new List<(string EntitySet, string FetchXml)>();
        var dynamicQueries = new Dictionary<int, (Guid ListId, string Table)>();
        if (staticIds.Length > 0)
        {
            var query = new FetchQuery(TableNames.ListMember, Columns).Where(ListMemberFields.ListId, "in", staticIds.Select(JsonRows.IdText));
            queries.AddRange(query.Chunk(ListMemberFields.EntityId, records.Select(r => r.Id).Distinct().Select(JsonRows.IdText).ToArray()).Select(xml => (query.EntitySet, xml)));
        }

        foreach (var (listId, table, entitySet, xml) in dynamicLists.QueriesFor(dynamic, records))
        {
            dynamicQueries[queries.Count] = (listId, table);
            queries.Add((entitySet, xml));
        }

        var rows = await fetcher.FetchAsync(queries, cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<(RecordRef, Guid)>(rows.Count);
        var memberships = new List<(RecordRef, Guid)>(rows.Count);
        foreach (var (query, row) in rows)
        {
            var membership = dynamicQueries.TryGetValue(query, out var list) ? ToDynamicMembership(row, list.Table, list.ListId) : ToMembership(row);
            if (membership is { } found && wanted.Contains(found.Item1) && seen.Add(found))
            {
                memberships.Add(found);
            }
        }

        return memberships;
    }

    public async Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadListMembersAsync(IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken)
    {
        var result = new List<(RecordRef, Guid)>();
        foreach (var listId in listIds.Distinct())
        {
            if (dynamicLists.TryGet(listId, out var table, out var listQuery) && DynamicLists.Narrow(listQuery, table, null) is { } xml)
            {
                await foreach (var row in client.QueryFetchXmlAsync(ReadNames.EntitySet(table), xml, cancellationToken).ConfigureAwait(false))
                {
                    if (ToDynamicMembership(row, table, listId) is { } membership)
                    {
                        result.Add(membership);
                    }
                }
            }
        }

        var query = new FetchQuery(TableNames.ListMember, Columns);
        var staticIds = listIds.Distinct().Where(id => !dynamicLists.TryGet(id, out _, out _)).Select(JsonRows.IdText).ToArray();
        foreach (var fetchXml in query.Chunk(ListMemberFields.ListId, staticIds))
        {
            await foreach (var row in client.QueryFetchXmlAsync(query.EntitySet, fetchXml, cancellationToken).ConfigureAwait(false))
            {
                if (ToMembership(row) is { } membership)
                {
                    result.Add(membership);
                }
            }
        }

        return result.Distinct().ToArray();
    }

    private static (RecordRef, Guid)? ToDynamicMembership(JsonElement row, string table, Guid listId) =>
        JsonRows.Id(row, ReadNames.PrimaryKey(table)) is { } id ? (new RecordRef(table, id), listId) : null;

    // The member's table from entitytype, else from the lookup's table annotation; rows of other tables are left out.
    private static (RecordRef, Guid)? ToMembership(JsonElement row)
    {
        var table = JsonRows.Text(row, ReadNames.EntityType) ?? JsonRows.Text(row, EntityTableAnnotation);
        return JsonRows.Id(row, ListProperty) is { } listId
            && JsonRows.Id(row, EntityProperty) is { } entityId
            && MemberProfile.Find(table) is { } profile
            ? (new RecordRef(profile.Table, entityId), listId)
            : null;
    }
}
