using System.Collections.Concurrent;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// The dynamic lists (<c>type</c> true) <see cref="ListMappingReader"/> has read: Dataverse keeps no <c>listmembers</c>
/// rows for them; their members are the rows their <c>query</c> (FetchXML) returns now (shared/reference/dataverse.md,
/// "Dynamic lists"). Read runs that query narrowed to the records it needs, with only the primary key returned.
/// </summary>
internal sealed class DynamicLists
{
    private readonly ConcurrentDictionary<Guid, (string Table, string Query)> lists = new();

    public void Remember(Guid listId, string table, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            lists.TryRemove(listId, out _);
        }
        else
        {
            lists[listId] = (table, query);
        }
    }

    public void Forget(Guid listId) => lists.TryRemove(listId, out _);

    public bool TryGet(Guid listId, out string table, out string query)
    {
        var found = lists.TryGetValue(listId, out var list);
        (table, query) = list;
        return found;
    }

    /// <summary>Each list's query narrowed to the records of its member table, in chunks of ids.</summary>
    /// <param name="listIds">Dynamic lists this instance knows.</param>
    /// <param name="records">The records.</param>
    /// <returns>Per chunk: the list, its member table, the entity set and the FetchXML.</returns>
    public IEnumerable<(Guid ListId, string Table, string EntitySet, string FetchXml)> QueriesFor(IEnumerable<Guid> listIds, IReadOnlyCollection<Model.RecordRef> records)
    {
        foreach (var listId in listIds)
        {
            if (!TryGet(listId, out var table, out var query))
            {
                continue;
            }

            var ids = records.Where(r => r.Table == table).Select(r => r.Id).Distinct().Select(JsonRows.IdText).ToArray();
            var entitySet = ReadNames.EntitySet(table);
            foreach (var xml in FetchQuery.Chunk(entitySet, ReadNames.PrimaryKey(table), ids, condition => Narrow(query, table, condition) ?? string.Empty))
            {
                if (xml.Length > 0)
                {
                    yield return (listId, table, entitySet, xml);
                }
            }
        }
    }

    /// <summary>The list's query returning only the member table's primary key, paged 5,000 rows, with an optional extra condition.</summary>
    /// <param name="query">The list's FetchXML.</param>
    /// <param name="table">The member table.</param>
    /// <param name="extra">A condition on the entity, or <see langword="null"/>.</param>
    /// <returns>The FetchXML, or <see langword="null"/> when the query is not FetchXML on <paramref name="table"/>.</returns>
    public static string? Narrow(string query, string table, XElement? extra) => Narrow(query, table, extra, [ReadNames.PrimaryKey(table)]);

    /// <summary>
    /// The list's query returning <paramref name="columns"/> of the member table (and nothing of linked tables), paged
    /// 5,000 rows in primary-key order, with an optional extra condition.
    /// </summary>
    /// <param name="query">The list's FetchXML.</param>
    /// <param name="table">The member table.</param>
    /// <param name="extra">A condition on the entity, or <see langword="null"/>.</param>
    /// <param name="columns">The columns to return.</param>
    /// <returns>The FetchXML, or <see langword="null"/> when the query is not FetchXML on <paramref name="table"/>.</returns>
    public static string? Narrow(string query, string table, XElement? extra, IReadOnlyList<string> columns)
    {
        XElement fetch;
        try
        {
            fetch = XElement.Parse(query);
        }
        catch (XmlException)
        {
            return null;
        }

        var entity = fetch.Element("entity");
        if (fetch.Name.LocalName != "fetch" || (string?)entity?.Attribute("name") != table)
        {
            return null;
        }

        foreach (var name in new[] { "top", "page", "paging-cookie", "count", "aggregate" })
        {
            fetch.Attribute(name)?.Remove();
        }

        fetch.SetAttributeValue("count", ReadLimits.PageSize.ToString(CultureInfo.InvariantCulture));
        entity!.Elements().Where(e => e.Name.LocalName is "attribute" or "all-attributes").Remove();
        foreach (var link in entity.Descendants("link-entity"))
        {
            link.Elements().Where(e => e.Name.LocalName is "attribute" or "all-attributes").Remove();
        }

        entity.Elements("order").Remove();
        entity.AddFirst(columns.Distinct(StringComparer.Ordinal).Select(column => new XElement("attribute", new XAttribute("name", column))));
        entity.Add(new XElement("order", new XAttribute("attribute", ReadNames.PrimaryKey(table))));
        if (extra is not null)
        {
            entity.Add(new XElement("filter", new XAttribute("type", "and"), extra));
        }

        return fetch.ToString(SaveOptions.DisableFormatting);
    }
}
