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
            if (value is AliasedValue aliased)
            {
                writer.WritePropertyName(name);
                JsonValueConverter.Write(writer, aliased.Value);
            }
            else if (table.Columns.TryGetValue(name, out var column))
            {
                var property = PropertyNames.For(column);
                writer.WritePropertyName(property);
                JsonValueConverter.Write(writer, value);
                LookupAnnotations.Write(writer, property, value, prefer);
            }
        }

        writer.WriteEndObject();
    }
}
