using System.Xml.Linq;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

public sealed class FetchChunkTextTests
{
    private static string Render(IEnumerable<string> values) =>
        new XElement("fetch", new XAttribute("a", "&\"<"), new XElement("condition", values.Select(v => new XElement("value", v))), new XElement("tail")).ToString(SaveOptions.DisableFormatting);

    private static FetchChunkText CreateSut() => FetchChunkText.Split(Render([FetchChunkText.Marker])) ?? throw new InvalidOperationException("the marker was not found");

    [Fact]
    public void Render_EscapedAndNonAsciiValues_EqualsTheElementsText()
    {
        // Arrange
        var sut = CreateSut();
        string[] values = ["a&b", "<x>", "\"q\" 'a'", "Zoë € ¥\u00A0", string.Empty, "]]>", "&amp;&lt;"];

        // Act
        var text = sut.Render(values);

        // Assert
        Assert.Equal(Render(values), text);
    }

    [Theory]
    [InlineData("tab\t")]
    [InlineData("line\n")]
    [InlineData(0xD800)]
    [InlineData(0xDE00)]
    [InlineData(0xFFFF)]
    public void Render_ValueXmlWriterWritesOtherwise_IsNull(object value)
    {
        // Arrange: surrogates (a pair too) are left to XmlWriter; built here, as an attribute cannot hold a lone one.
        var sut = CreateSut();
        var text = value is int code ? "x" + (char)code + (code == 0xD800 ? "\uDE00" : string.Empty) : (string)value;

        // Act
        var rendered = sut.Render(["ok", text]);

        // Assert
        Assert.Null(rendered);
    }

    [Fact]
    public void Split_MarkerTwice_IsNull()
    {
        // Act
        var sut = FetchChunkText.Split(Render([FetchChunkText.Marker, FetchChunkText.Marker]));

        // Assert
        Assert.Null(sut);
    }
}
