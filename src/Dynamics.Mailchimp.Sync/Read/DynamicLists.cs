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

    /// <summary>The list's query returning only the member table's primary key, paged 5,000 rows, with an optional extra condition.</summary>
    /// <param name="query">The list's FetchXML.</param>
    /// <param name="table">The member table.</param>
    /// <param name="extra">A condition on the entity, or <see langword="null"/>.</param>
    /// <returns>The FetchXML, or <see langword="null"/> when the query is not FetchXML on <paramref name="table"/>.</returns>
    public static string? Narrow(string query, string table, XElement? extra)
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

        entity.AddFirst(new XElement("attribute", new XAttribute("name", ReadNames.PrimaryKey(table))));
        if (extra is not null)
        {
            entity.Add(new XElement("filter", new XAttribute("type", "and"), extra));
        }

        return fetch.ToString(SaveOptions.DisableFormatting);
    }
}
