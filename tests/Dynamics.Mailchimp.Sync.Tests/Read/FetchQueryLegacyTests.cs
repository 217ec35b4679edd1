using System.Xml.Linq;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary><see cref="FetchQuery"/> writes the queries <see cref="LegacyFetchQuery"/> wrote: same chunks, same text, so the same requests.</summary>
public sealed class FetchQueryLegacyTests
{
    private static readonly string[] Odd =
    [
        "a<b", "a>b", "a&b", "&amp;", "\"quoted\"", "o'hara@example.com", "Zoë@exämple.com", "\U0001F600@x.com", string.Empty, " spaced ",
        "]]>", "<value>", "tab\there", "line\nend", "cr\r\nlf", "\uE000", "%41+~._-!*()", "€ and ¥", "\u00A0nbsp",
    ];

    // Values written on the text path: no line end, tab or other control character.
    private static readonly string[] Escaped = [.. Odd.Where(v => !v.Any(char.IsControl))];

    public static TheoryData<string, int> Inputs => new()
    {
        { "guids", 2500 },
        { "guids", 1000 },
        { "guids", 1001 },
        { "odd", 300 },
        { "escaped", 700 },
        { "long", 2000 },
        { "long-odd", 1500 },
        { "one", 1 },
    };

    private static (FetchQuery Sut, LegacyFetchQuery Legacy) CreateSut()
    {
        string[] columns = ["contactid", MemberFields.EmailAddress1, "contactid", "fullname"];
        var sut = new FetchQuery(TableNames.Contact, columns).Where(MemberFields.StateCode, "eq", "0").Where("x", "in", "a&b", "<c>", "\"d\"", "é")
            .InnerJoin("listmember", "entityid", "contactid", "listid", "q&\"<'>");
        var legacy = new LegacyFetchQuery(TableNames.Contact, columns).Where(MemberFields.StateCode, "eq", "0").Where("x", "in", "a&b", "<c>", "\"d\"", "é")
            .InnerJoin("listmember", "entityid", "contactid", "listid", "q&\"<'>");
        return (sut, legacy);
    }

    private static string[] Values(string kind, int count) => Enumerable.Range(0, count).Select(i => kind switch
    {
        "guids" => new Guid(i, 1, 2, [3, 4, 5, 6, 7, 8, 9, 10]).ToString("D"),
        "odd" => Odd[i % Odd.Length] + i,
        "escaped" => Escaped[i % Escaped.Length] + i,
        "long" => new string('x', 40 + (i % 17)) + "@example.com",
        "long-odd" => Odd[i % Odd.Length] + new string('&', i % 23) + new string('é', i % 11) + i,
        _ => "only",
    }).ToArray();

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Chunk_VariedValues_SameQueriesAsLegacy(string kind, int count)
    {
        // Arrange: escaping of <, &, quotes and non-ASCII, line ends and tabs (left to XmlWriter), and cuts at 1,000 values or at the URL limit.
        var (sut, legacy) = CreateSut();
        var values = Values(kind, count);

        // Act
        var chunks = sut.Chunk(MemberFields.EmailAddress1, values);

        // Assert
        Assert.Equal(legacy.Chunk(MemberFields.EmailAddress1, values), chunks);
        Assert.Equal(values.Length, chunks.Sum(c => XElement.Parse(c).Descendants("condition").Single(c => (string?)c.Attribute("attribute") == MemberFields.EmailAddress1).Elements("value").Count()));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ChunkStatic_VariedValues_SameQueriesAsLegacy(string kind, int count)
    {
        // Arrange: the form dynamic lists use, with their own rendering.
        var values = Values(kind, count);
        static string Render(XElement condition) => new XElement("fetch", new XElement("entity", new XAttribute("name", "contact"), new XElement("filter", condition))).ToString(SaveOptions.DisableFormatting);

        // Act
        var chunks = FetchQuery.Chunk("contacts", "contactid", values, Render);

        // Assert
        Assert.Equal(LegacyFetchQuery.Chunk("contacts", "contactid", values, Render), chunks);
    }

    [Theory]
    [InlineData("bad\u0001char")]
    [InlineData("pair\uD83D\uDE00")]
    [InlineData("not a character \uFFFE")]
    [InlineData(null)]
    public void Chunk_CharacterLeftToXmlWriter_SameOutcomeAsLegacy(string? text)
    {
        // Arrange: null stands for a lone surrogate, which an attribute cannot hold.
        var (sut, legacy) = CreateSut();
        var value = text ?? "lone" + (char)0xD800 + "surrogate";
        var expected = Capture(() => legacy.Chunk("contactid", ["ok", value]));

        // Act
        var outcome = Capture(() => sut.Chunk("contactid", ["ok", value]));

        // Assert: the same queries, or the same exception type.
        Assert.Equal(expected, outcome);
    }

    [Fact]
    public void ToFetchXml_NoChunk_SameAsLegacy()
    {
        // Arrange
        var (sut, legacy) = CreateSut();

        // Act
        var xml = sut.ToFetchXml();

        // Assert
        Assert.Equal(legacy.ToFetchXml(), xml);
    }

    private static string Capture(Func<IReadOnlyList<string>> chunk)
    {
        try
        {
            return string.Join("\n", chunk());
        }
        catch (ArgumentException ex)
        {
            return ex.GetType().Name;
        }
    }
}
