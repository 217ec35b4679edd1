using System.Text.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Json;

/// <summary>
/// The JSON answer of a FetchXML query, written straight to the response's <see cref="Utf8JsonWriter"/> (no
/// <c>JsonObject</c> per row): <c>@odata.context</c>, <c>value</c> (rows without null columns, columns in ordinal name
/// order, linked columns as <c>alias.column</c>, lookups with their annotation when asked), then the paging annotations
/// that were asked for. The bytes are those of the equivalent <c>JsonObject</c> tree serialized.
/// </summary>
internal sealed class FetchXmlAnswer(TableDefinition table, string context, IReadOnlyList<Entity> rows, PreferHeader prefer)
{
    private static readonly Comparison<KeyValuePair<string, object>> ByName = (a, b) => string.CompareOrdinal(a.Key, b.Key);

    private readonly Dictionary<string, ColumnNames> _names = new(StringComparer.Ordinal);
    private readonly bool _lookupAnnotations = LookupAnnotations.Asked(prefer);

    /// <summary>The <c>@Microsoft.Dynamics.CRM.morerecords</c> annotation, written when not null.</summary>
    public bool? MoreRecords { get; init; }

    /// <summary>The <c>@Microsoft.Dynamics.CRM.fetchxmlpagingcookie</c> annotation, written when not null.</summary>
    public string? PagingCookie { get; init; }

    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(WebApiNames.ODataContext, context);
        writer.WriteStartArray("value");
        var attributes = new List<KeyValuePair<string, object>>();
        foreach (var row in rows)
        {
            Row(writer, row, attributes);
        }

        writer.WriteEndArray();
        if (MoreRecords is { } more)
        {
            writer.WriteBoolean("@" + WebApiNames.MoreRecordsAnnotation, more);
        }

        if (PagingCookie is { } cookie)
        {
            writer.WriteString("@" + WebApiNames.PagingCookieAnnotation, cookie);
        }

        writer.WriteEndObject();
    }

    // Columns in ordinal name order; attributes is a buffer reused from row to row.
    private void Row(Utf8JsonWriter writer, Entity row, List<KeyValuePair<string, object>> attributes)
    {
        writer.WriteStartObject();
        writer.WriteString(WebApiNames.ODataEtag, EntityJsonWriter.ETag(row));
        attributes.Clear();
        foreach (var attribute in row.Attributes)
        {
            if (attribute.Value is not null)
            {
                attributes.Add(attribute);
            }
        }

        attributes.Sort(ByName);
        foreach (var (name, value) in attributes)
        {
            var names = Names(name);
            if (value is AliasedValue aliased)
            {
                writer.WritePropertyName(names.Attribute);
                JsonValueConverter.Write(writer, aliased.Value);
            }
            else if (names.Property is { } property)
            {
                writer.WritePropertyName(property);
                JsonValueConverter.Write(writer, value);
                if (value is EntityReference reference && names.LookupAnnotation is { } annotation)
                {
                    writer.WriteString(annotation, reference.LogicalName);
                }
            }
        }

        writer.WriteEndObject();
    }

    // The names an attribute is written under, encoded once per answer rather than once per row.
    private ColumnNames Names(string attribute)
    {
        if (!_names.TryGetValue(attribute, out var names))
        {
            var property = table.Columns.TryGetValue(attribute, out var column) ? PropertyNames.For(column) : null;
            names = new ColumnNames(
                JsonEncodedText.Encode(attribute),
                property is null ? null : JsonEncodedText.Encode(property),
                property is not null && _lookupAnnotations ? JsonEncodedText.Encode(LookupAnnotations.Name(property)) : null);
            _names[attribute] = names;
        }

        return names;
    }

    /// <param name="Attribute">The attribute's own name (an aliased <c>alias.column</c>).</param>
    /// <param name="Property">The column's property name; null when the attribute is no column of the table.</param>
    /// <param name="LookupAnnotation">The lookup annotation's name, when asked for.</param>
    private sealed record ColumnNames(JsonEncodedText Attribute, JsonEncodedText? Property, JsonEncodedText? LookupAnnotation);
}
