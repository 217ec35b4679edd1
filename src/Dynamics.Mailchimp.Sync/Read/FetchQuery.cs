using System.Buffers;
using System.Globalization;
using System.Security;
using System.Xml.Linq;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// A FetchXML query on one table: columns, fixed conditions and, optionally, one <c>in</c> condition cut into chunks of
/// at most <see cref="ReadLimits.ValuesPerQuery"/> values whose URL stays under <see cref="ReadLimits.MaxRelativeUrlLength"/>.
/// </summary>
/// <param name="table">The table's logical name.</param>
/// <param name="columns">The columns to return.</param>
public sealed class FetchQuery(string table, IReadOnlyList<string> columns)
{
    // What Uri.EscapeDataString leaves as it is (ids are only these).
    private static readonly SearchValues<char> Unreserved = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    private readonly List<XElement> conditions = [];
    private readonly List<XElement> links = [];

    /// <summary>Gets the table queried.</summary>
    public string Table => table;

    /// <summary>Gets the entity set queried.</summary>
    public string EntitySet => ReadNames.EntitySet(table);

    /// <summary>Adds a condition every chunk carries.</summary>
    /// <param name="attribute">The column.</param>
    /// <param name="op">The FetchXML operator (<c>eq</c>, <c>in</c>…).</param>
    /// <param name="values">Its values; one for <c>eq</c>.</param>
    /// <returns>This query.</returns>
    public FetchQuery Where(string attribute, string op, params IEnumerable<string> values)
    {
        conditions.Add(Condition(attribute, op, values));
        return this;
    }

    /// <summary>Keeps only the rows that have a row of <paramref name="table"/> linked by <paramref name="from"/> = <paramref name="to"/> with <paramref name="attribute"/> = <paramref name="value"/> (an inner <c>link-entity</c>).</summary>
    /// <param name="table">The linked table.</param>
    /// <param name="from">The linked table's column.</param>
    /// <param name="to">This table's column.</param>
    /// <param name="attribute">The linked table's column compared.</param>
    /// <param name="value">The value it must have.</param>
    /// <returns>This query.</returns>
    public FetchQuery InnerJoin(string table, string from, string to, string attribute, string value)
    {
        links.Add(new XElement(
            "link-entity",
            new XAttribute("name", table),
            new XAttribute("from", from),
            new XAttribute("to", to),
            new XAttribute("link-type", "inner"),
            new XElement("filter", Condition(attribute, "eq", [value]))));
        return this;
    }

    /// <summary>The FetchXML of this query with no chunked condition.</summary>
    /// <returns>One query.</returns>
    public string ToFetchXml() => Build(null).ToString(SaveOptions.DisableFormatting);

    /// <summary>This query once per chunk of <paramref name="values"/> in an <c>in</c> condition on <paramref name="attribute"/>.</summary>
    /// <param name="attribute">The column compared.</param>
    /// <param name="values">The values; duplicates should be removed by the caller.</param>
    /// <returns>The FetchXML of each chunk; none when <paramref name="values"/> is empty.</returns>
    public IReadOnlyList<string> Chunk(string attribute, IReadOnlyCollection<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return [];
        }

        // Rendered once around a marker; a chunk whose values XmlWriter would write otherwise goes through the elements.
        var text = FetchChunkText.Split(Render(Condition(attribute, "in", [FetchChunkText.Marker])));
        return Chunk(EntitySet, attribute, values, Render, chunk => text?.Render(chunk) ?? Render(Condition(attribute, "in", chunk)));
    }

    /// <summary>
    /// The FetchXML <paramref name="render"/> makes of each chunk of <paramref name="values"/>: at most
    /// <see cref="ReadLimits.ValuesPerQuery"/> values, and a URL on <paramref name="entitySet"/> under <see cref="ReadLimits.MaxRelativeUrlLength"/>.
    /// </summary>
    /// <param name="entitySet">The entity set queried.</param>
    /// <param name="attribute">The column compared.</param>
    /// <param name="values">The values.</param>
    /// <param name="render">Makes the FetchXML around one <c>in</c> condition.</param>
    /// <returns>The FetchXML of each chunk; none when <paramref name="values"/> is empty.</returns>
    public static IReadOnlyList<string> Chunk(string entitySet, string attribute, IReadOnlyCollection<string> values, Func<XElement, string> render)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(render);
        return Chunk(entitySet, attribute, values, render, chunk => render(Condition(attribute, "in", chunk)));
    }

    private static List<string> Chunk(
        string entitySet, string attribute, IReadOnlyCollection<string> values, Func<XElement, string> render, Func<List<string>, string> renderChunk)
    {
        var baseLength = Uri.EscapeDataString(render(Condition(attribute, "in", []))).Length + entitySet.Length + "?fetchXml=".Length;
        var chunks = new List<string>();
        var chunk = new List<string>(Math.Min(values.Count, ReadLimits.ValuesPerQuery));
        var length = baseLength;
        foreach (var value in values)
        {
            var valueLength = Escaped(value);
            if (chunk.Count > 0 && (chunk.Count == ReadLimits.ValuesPerQuery || length + valueLength > ReadLimits.MaxRelativeUrlLength))
            {
                chunks.Add(renderChunk(chunk));
                chunk = new List<string>(chunk.Count);
                length = baseLength;
            }

            chunk.Add(value);
            length += valueLength;
        }

        if (chunk.Count > 0)
        {
            chunks.Add(renderChunk(chunk));
        }

        return chunks;
    }

    // The URL length of one <value> element. SecurityElement.Escape also escapes quotes, which XML text need not: the
    // estimate can only be longer than the real one, so a chunk stays under the limit. Counted without building the
    // text for ASCII: each character's entity, each entity or character escaped as %XX but the unreserved ones.
    private static int Escaped(string value)
    {
        var length = "%3Cvalue%3E".Length + "%3C%2Fvalue%3E".Length;
        if (!value.AsSpan().ContainsAnyExcept(Unreserved))
        {
            return length + value.Length;
        }

        foreach (var c in value)
        {
            if (!char.IsAscii(c))
            {
                return Uri.EscapeDataString("<value>" + SecurityElement.Escape(value) + "</value>").Length;
            }

            length += c switch
            {
                '<' or '>' => "%26lt%3B".Length,
                '&' => "%26amp%3B".Length,
                '"' or '\'' => "%26quot%3B".Length,
                _ when char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' => 1,
                _ => "%XX".Length,
            };
        }

        return length;
    }

    private static XElement Condition(string attribute, string op, IEnumerable<string> values)
    {
        var condition = new XElement("condition", new XAttribute("attribute", attribute), new XAttribute("operator", op));
        var list = values.ToList();
        if (op == "in")
        {
            condition.Add(list.Select(value => new XElement("value", value)));
        }
        else if (list.Count > 0)
        {
            condition.Add(new XAttribute("value", list[0]));
        }

        return condition;
    }

    private string Render(XElement chunked) => Build(chunked).ToString(SaveOptions.DisableFormatting);

    private XElement Build(XElement? chunked)
    {
        var filter = new XElement("filter", new XAttribute("type", "and"), conditions.Select(c => new XElement(c)));
        if (chunked is not null)
        {
            filter.Add(chunked);
        }

        return new XElement(
            "fetch",
            new XAttribute("count", ReadLimits.PageSize.ToString(CultureInfo.InvariantCulture)),
            new XElement(
                "entity",
                new XAttribute("name", table),
                columns.Distinct(StringComparer.Ordinal).Select(column => new XElement("attribute", new XAttribute("name", column))),
                new XElement("order", new XAttribute("attribute", ReadNames.PrimaryKey(table))),
                filter,
                links.Select(link => new XElement(link))));
    }
}
