using System.Text.Json;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// Reads <c>listmembers</c> rows (<c>_listid_value</c>, <c>_entityid_value</c>, <c>entitytype</c>): of given records in
/// given lists, chunked by record id into <c>$batch</c> calls, or every member of given lists, paged 5,000 a call.
/// </summary>
/// <param name="client">The Dataverse client (for paged reads).</param>
/// <param name="fetcher">Runs the chunked queries.</param>
internal sealed class MembershipReader(IDataverseClient client, BulkFetcher fetcher)
{
    private static readonly string[] Columns = [ListMemberFields.ListMemberId, ListMemberFields.ListId, ListMemberFields.EntityId, ReadNames.EntityType];

    public async Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadAsync(
        IReadOnlyCollection<RecordRef> records, IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken)
    {
        if (records.Count == 0 || listIds.Count == 0)
        {
            return [];
        }

        var wanted = records.ToHashSet();
        var query = new FetchQuery(TableNames.ListMember, Columns).Where(ListMemberFields.ListId, "in", listIds.Distinct().Select(JsonRows.IdText));
        var chunks = query.Chunk(ListMemberFields.EntityId, records.Select(r => r.Id).Distinct().Select(JsonRows.IdText).ToArray());
        var rows = await fetcher.FetchAsync(chunks.Select(xml => (query.EntitySet, xml)).ToArray(), cancellationToken).ConfigureAwait(false);
        return rows.Select(r => ToMembership(r.Row)).OfType<(RecordRef, Guid)>().Where(m => wanted.Contains(m.Item1)).Distinct().ToArray();
    }

    public async Task<IReadOnlyList<(RecordRef Record, Guid ListId)>> ReadListMembersAsync(IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken)
    {
        var result = new List<(RecordRef, Guid)>();
        var query = new FetchQuery(TableNames.ListMember, Columns);
        foreach (var fetchXml in query.Chunk(ListMemberFields.ListId, listIds.Distinct().Select(JsonRows.IdText).ToArray()))
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

    // The member's table from entitytype, else from the lookup's table annotation; rows of other tables are left out.
    private static (RecordRef, Guid)? ToMembership(JsonElement row)
    {
        var entityProperty = ReadNames.LookupProperty(ListMemberFields.EntityId);
        var table = JsonRows.Text(row, ReadNames.EntityType) ?? JsonRows.Text(row, ReadNames.Annotation(entityProperty, ReadNames.LookupLogicalName));
        return JsonRows.Id(row, ReadNames.LookupProperty(ListMemberFields.ListId)) is { } listId
            && JsonRows.Id(row, entityProperty) is { } entityId
            && MemberProfile.Find(table) is { } profile
            ? (new RecordRef(profile.Table, entityId), listId)
            : null;
    }
}
