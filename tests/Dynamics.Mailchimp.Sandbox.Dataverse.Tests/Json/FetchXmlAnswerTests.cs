using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Json;

/// <summary>
/// The FetchXML answer written straight to a <see cref="Utf8JsonWriter"/> is byte for byte the <see cref="JsonObject"/>
/// tree the handler used to build (the reference below) serialized: same properties, order, escaping and number forms.
/// </summary>
public sealed class FetchXmlAnswerTests
{
    private const string Context = "http://127.0.0.1/api/data/v9.2/$metadata#contacts";

    private static (TableDefinition Table, Entity[] Rows) CreateSut()
    {
        var table = new InMemoryOrganization().Schema.GetTable("contact");
        var rows = new[]
        {
            new Entity("contact", Guid.NewGuid())
            {
                RowVersion = "1042",
                ["lastname"] = "Ødegård <\"O'Neil\"> & +1 \u2603",
                ["firstname"] = null,
                ["donotbulkemail"] = true,
                ["birthdate"] = new DateTime(1990, 4, 5, 0, 0, 0, DateTimeKind.Utc),
                ["parentcustomerid"] = new EntityReference("account", Guid.NewGuid()),
                ["statecode"] = new OptionSetValue(1),
                ["notacolumn"] = "left out",
                ["lm.listid"] = new AliasedValue("listmember", "listid", new EntityReference("list", Guid.NewGuid())),
                ["lm.amount"] = new AliasedValue("listmember", "amount", new Money(12.50m)),
                ["lm.size"] = new AliasedValue("listmember", "size", 3L),
                ["lm.ratio"] = new AliasedValue("listmember", "ratio", 0.1),
                ["lm.rate"] = new AliasedValue("listmember", "rate", 1.230m),
                ["lm.count"] = new AliasedValue("listmember", "count", 7),
                ["lm.id"] = new AliasedValue("listmember", "id", Guid.NewGuid()),
                ["lm.gone"] = new AliasedValue("listmember", "gone", null),
                ["lm.local"] = new AliasedValue("listmember", "local", new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Local)),
                ["lm.ids"] = new AliasedValue("listmember", "ids", new[] { Guid.Empty }),
                ["lm.ñ<\"x\">"] = new AliasedValue("listmember", "odd", "named"),
            },
            new Entity("contact", Guid.NewGuid()) { RowVersion = "7" },
        };
        return (table, rows);
    }

    private static string Written(FetchXmlAnswer answer)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            answer.Write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // The JsonObject tree FetchXmlQuery built before it wrote the answer directly.
    private static string Reference(TableDefinition table, Entity[] rows, PreferHeader prefer, bool? more, string? cookie)
    {
        var value = new JsonArray();
        foreach (var row in rows)
        {
            var json = new JsonObject { [WebApiNames.ODataEtag] = EntityJsonWriter.ETag(row) };
            foreach (var (name, item) in row.Attributes.Where(a => a.Value is not null).OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                if (item is AliasedValue aliased)
                {
                    json[name] = JsonValueConverter.ToJson(aliased.Value);
                }
                else if (table.Columns.TryGetValue(name, out var column))
                {
                    var property = PropertyNames.For(column);
                    json[property] = JsonValueConverter.ToJson(item);
                    LookupAnnotations.Add(json, property, item, prefer);
                }
            }

            value.Add(json);
        }

        var body = new JsonObject { [WebApiNames.ODataContext] = Context, ["value"] = value };
        if (more is { } flag)
        {
            body["@" + WebApiNames.MoreRecordsAnnotation] = flag;
        }

        if (cookie is not null)
        {
            body["@" + WebApiNames.PagingCookieAnnotation] = cookie;
        }

        return body.ToJsonString();
    }

    [Theory]
    [InlineData("odata.include-annotations=\"*\"", true, "<cookie pagenumber=\"2\" pagingcookie=\"%253Ccookie%2520page%253D%25221%2522%253E\" istracking=\"False\" />")]
    [InlineData("odata.include-annotations=\"Microsoft.Dynamics.CRM.morerecords\"", false, null)]
    [InlineData(null, null, null)]
    public void Write_VariedRows_SameBytesAsJsonObjectTree(string? preferHeader, bool? more, string? cookie)
    {
        // Arrange
        var (table, rows) = CreateSut();
        var prefer = PreferHeader.Parse(preferHeader);
        var answer = new FetchXmlAnswer(table, Context, rows, prefer) { MoreRecords = more, PagingCookie = cookie };

        // Act
        var written = Written(answer);

        // Assert
        Assert.Equal(Reference(table, rows, prefer, more, cookie), written);
    }

    [Fact]
    public void Write_NoRows_WritesEmptyValue()
    {
        // Arrange
        var (table, _) = CreateSut();
        var answer = new FetchXmlAnswer(table, Context, [], PreferHeader.Parse(null));

        // Act
        var written = Written(answer);

        // Assert
        Assert.Equal($"{{\"@odata.context\":\"{Context}\",\"value\":[]}}", written);
    }
}
