using System.Runtime.CompilerServices;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// A list's members as snapshots, streamed page by page (5,000 rows, primary-key order): a dynamic list's own query
/// with the snapshot columns, or the member table joined to <c>listmember</c> for a static list. ceil(N/5,000) calls.
/// A dynamic list whose query cannot be read is a <see cref="RecordReadException"/> naming it, never an empty list:
/// an empty list would take its tag from everyone.
/// </summary>
/// <param name="client">The Dataverse client (it follows the paging cookies).</param>
/// <param name="dynamicLists">The dynamic lists' queries.</param>
internal sealed class ListSnapshotReader(IDataverseClient client, DynamicLists dynamicLists)
{
    public async IAsyncEnumerable<MemberSnapshot> ReadAsync(
        ListMapping list, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (MemberProfile.Find(list.MemberTable) is not { } profile)
        {
            yield break;
        }

        var columns = SnapshotReader.Columns(profile, mappedColumns);
        var fetchXml = dynamicLists.TryGet(list.ListId, out var table, out var query)
            ? DynamicLists.Narrow(query, table, null, columns)
                ?? throw new RecordReadException($"{list.Describe()} is a dynamic list whose query is not FetchXML on {table}; fix its query (its members cannot be read, so nothing is changed for it).")
            : StaticMembers(profile.Table, list.ListId, columns);

        var snapshotColumns = new SnapshotColumns(profile, SnapshotReader.Mapped(profile, mappedColumns));
        await foreach (var row in client.QueryFetchXmlAsync(ReadNames.EntitySet(profile.Table), fetchXml, cancellationToken).ConfigureAwait(false))
        {
            yield return SnapshotReader.ToSnapshot(row, snapshotColumns);
        }
    }

    private static string StaticMembers(string table, Guid listId, IReadOnlyList<string> columns) =>
        new FetchQuery(table, columns).InnerJoin(TableNames.ListMember, ListMemberFields.EntityId, ReadNames.PrimaryKey(table), ListMemberFields.ListId, JsonRows.IdText(listId)).ToFetchXml();
}
