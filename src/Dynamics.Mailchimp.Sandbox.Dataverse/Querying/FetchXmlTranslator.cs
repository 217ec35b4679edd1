using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// Translates the FetchXML subset the connector uses into a <see cref="QueryExpression"/>: <c>attribute</c>,
/// <c>all-attributes</c>, <c>order</c>, nested <c>filter</c>/<c>condition</c>, inner and outer <c>link-entity</c>,
/// <c>top</c>, <c>count</c>, <c>page</c> and <c>distinct</c>. Aggregates and other operators are 501.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/overview.
/// </summary>
internal sealed partial class FetchXmlTranslator(SchemaCatalog schema)
{
    private const int MaxTop = 5000;

    public QueryExpression Translate(string fetchXml, TableDefinition table, int maxPageSize)
    {
        var fetch = Parse(fetchXml);
        if (string.Equals((string?)fetch.Attribute("aggregate"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw WebApiException.NotImplemented("FetchXML aggregates");
        }

        var entity = fetch.Element("entity") ?? throw WebApiException.BadRequest("The fetchXml has no <entity> element.");
        var name = (string?)entity.Attribute("name");
        if (name != table.LogicalName)
        {
            throw WebApiException.BadRequest($"The fetchXml entity '{name}' does not match the entity set '{table.EntitySetName}'.");
        }

        var aliases = entity.Descendants("link-entity")
            .Select(l => (Alias: (string?)l.Attribute("alias") ?? (string?)l.Attribute("name"), Table: schema.Tables.GetValueOrDefault((string?)l.Attribute("name") ?? string.Empty)))
            .Where(a => a.Alias is not null && a.Table is not null)
            .DistinctBy(a => a.Alias)
            .ToDictionary(a => a.Alias!, a => a.Table!, StringComparer.Ordinal);
        var query = new QueryExpression(table.LogicalName)
        {
            ColumnSet = Columns(entity),
            Distinct = string.Equals((string?)fetch.Attribute("distinct"), "true", StringComparison.OrdinalIgnoreCase),
            Criteria = Filters(entity, table, aliases),
        };
        foreach (var order in entity.Elements("order"))
        {
            query.AddOrder(Required(order, "attribute"), string.Equals((string?)order.Attribute("descending"), "true", StringComparison.OrdinalIgnoreCase) ? OrderType.Descending : OrderType.Ascending);
        }

        foreach (var link in entity.Elements("link-entity"))
        {
            query.LinkEntities.Add(Link(link, table.LogicalName, aliases));
        }

        if (Number(fetch, "top") is { } top)
        {
            // The fetch element's top is at most 5,000 (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/fetch).
            query.TopCount = top <= MaxTop ? Math.Min(top, maxPageSize) : throw WebApiException.BadRequest($"The fetchXml top value {top} is greater than the maximum of {MaxTop}; page with count, page and paging-cookie instead.");
        }
        else
        {
            query.PageInfo = new PagingInfo
            {
                Count = Math.Min(Number(fetch, "count") ?? maxPageSize, maxPageSize),
                PageNumber = Number(fetch, "page") ?? 1,
                PagingCookie = (string?)fetch.Attribute("paging-cookie"),
            };
        }

        return query;
    }

    private static XElement Parse(string fetchXml)
    {
        try
        {
            var root = XElement.Parse(fetchXml);
            return root.Name.LocalName == "fetch" ? root : throw WebApiException.BadRequest($"The fetchXml root is <{root.Name.LocalName}>, expected <fetch>.");
        }
        catch (XmlException ex)
        {
            throw WebApiException.BadRequest($"The fetchXml parameter value is not well-formed XML: {ex.Message}");
        }
    }

    private LinkEntity Link(XElement element, string parentTable, IReadOnlyDictionary<string, TableDefinition> aliases)
    {
        var linkTable = schema.Tables.GetValueOrDefault(Required(element, "name"))
            ?? throw WebApiException.BadRequest($"The fetchXml link-entity '{(string?)element.Attribute("name")}' is not a table.");
        var join = ((string?)element.Attribute("link-type") ?? "inner") switch
        {
            "inner" => JoinOperator.Inner,
            "outer" => JoinOperator.LeftOuter,
            var other => throw WebApiException.NotImplemented($"FetchXML link-type '{other}'"),
        };
        var link = new LinkEntity(parentTable, linkTable.LogicalName, Required(element, "to"), Required(element, "from"), join)
        {
            EntityAlias = (string?)element.Attribute("alias"),
            Columns = Columns(element),
            LinkCriteria = Filters(element, linkTable, aliases),
        };
        foreach (var nested in element.Elements("link-entity"))
        {
            link.LinkEntities.Add(Link(nested, linkTable.LogicalName, aliases));
        }

        return link;
    }

    private static ColumnSet Columns(XElement element)
    {
        var names = element.Elements("attribute").Select(a => Required(a, "name")).ToArray();
        return element.Element("all-attributes") is not null || (names.Length == 0 && element.Name.LocalName == "entity")
            ? new ColumnSet(true)
            : new ColumnSet(names);
    }

    private static string Required(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) ?? throw WebApiException.BadRequest($"The fetchXml <{element.Name.LocalName}> element needs a '{attribute}' attribute.");

    private static int? Number(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) is not { } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw WebApiException.BadRequest($"The fetchXml '{attribute}' value '{text}' is not a positive number.");
}
