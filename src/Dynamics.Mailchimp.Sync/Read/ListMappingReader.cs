using System.Text.Json;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// Reads the lists with sync enabled and the named lists into <see cref="ListMappings"/>, in one <c>$batch</c> call,
/// and remembers the queries of the dynamic ones for the membership reads.
/// </summary>
/// <param name="fetcher">Runs the queries.</param>
/// <param name="dynamicLists">Where the dynamic lists' queries are kept.</param>
internal sealed class ListMappingReader(BulkFetcher fetcher, DynamicLists dynamicLists)
{
    private const int Active = 0;

    private static readonly string[] Columns =
    [
        ListFields.ListId, ListFields.ListName, ListFields.Type, ListFields.CreatedFromCode, ListFields.StateCode, ListFields.SyncEnabled,
        ListFields.MappingType, ListFields.AudienceId, ListFields.TagName, ListFields.InterestId, ListFields.UpdateOnly, ListFields.ExitAction, ListFields.Query,
    ];

    public async Task<ListMappings> ReadAsync(IReadOnlyCollection<Guid> namedListIds, CancellationToken cancellationToken)
    {
        var syncing = new FetchQuery(TableNames.List, Columns).Where(ListFields.SyncEnabled, "eq", "1");
        var named = new FetchQuery(TableNames.List, Columns);
        var queries = new List<(string, string)> { (syncing.EntitySet, syncing.ToFetchXml()) };
        queries.AddRange(named.Chunk(ListFields.ListId, namedListIds.Distinct().Select(JsonRows.IdText).ToArray()).Select(xml => (named.EntitySet, xml)));
        var rows = await fetcher.FetchAsync(queries, cancellationToken).ConfigureAwait(false);
        var mappings = rows.Select(r => (Mapping: ToMapping(r.Row), r.Row)).DistinctBy(m => m.Mapping.ListId).ToArray();
        foreach (var (mapping, row) in mappings)
        {
            if (mapping.IsDynamic && MemberProfile.Find(mapping.MemberTable) is not null)
            {
                dynamicLists.Remember(mapping.ListId, mapping.MemberTable, JsonRows.Text(row, ListFields.Query));
            }
            else
            {
                dynamicLists.Forget(mapping.ListId);
            }
        }

        return new ListMappings(mappings.Select(m => m.Mapping));
    }

    /// <summary>A list row as the Web API returns it, as a mapping.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The mapping.</returns>
    public static ListMapping ToMapping(JsonElement row)
    {
        var listId = JsonRows.Id(row, ListFields.ListId) ?? throw new RecordReadException("A list row has no listid.");
        var memberType = JsonRows.Integer(row, ListFields.CreatedFromCode);
        var name = JsonRows.Text(row, ListFields.ListName) ?? string.Empty;
        var isDynamic = JsonRows.Flag(row, ListFields.Type) == true;
        return new ListMapping
        {
            ListId = listId,
            Name = name,
            MemberTable = MemberProfile.ForListMemberType(memberType ?? 0)?.Table ?? $"createdfromcode {memberType?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(empty)"}",
            AudienceId = JsonRows.Text(row, ListFields.AudienceId)?.Trim() ?? string.Empty,
            Target = ListMappingTypes.ToTarget(JsonRows.Integer(row, ListFields.MappingType), JsonRows.Text(row, ListFields.TagName)?.Trim(), JsonRows.Text(row, ListFields.InterestId)?.Trim(), isDynamic ? name.Trim() : null),
            UpdateOnly = JsonRows.Flag(row, ListFields.UpdateOnly) == true,
            IsDynamic = isDynamic,
            ExitAction = ListExitActions.From(JsonRows.Integer(row, ListFields.ExitAction)),
            IsSyncing = JsonRows.Flag(row, ListFields.SyncEnabled) == true && JsonRows.Integer(row, ListFields.StateCode) == Active,
        };
    }
}
