using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary>How Read cuts an <c>in</c> condition: at most 1,000 values, and a URL under the 32 KB GET limit.</summary>
public sealed class FetchQueryTests
{
    [Fact]
    public void Chunk_ShortValues_AtMostOneThousandPerQuery()
    {
        // Arrange
        var sut = CreateSut();
        var values = Enumerable.Range(0, 2500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        // Act
        var chunks = sut.Chunk(MemberFields.EmailAddress1, values);

        // Assert
        Assert.Equal([1000, 1000, 500], chunks.Select(c => Regex.Count(c, "<value>")));
    }

    [Fact]
    public void Chunk_Guids_EveryUrlUnderTheLimitAndNoValueLost()
    {
        // Arrange
        var sut = CreateSut();
        var ids = Enumerable.Range(0, 2500).Select(_ => Guid.NewGuid().ToString("D")).ToArray();

        // Act
        var chunks = sut.Chunk("contactid", ids);

        // Assert
        Assert.All(chunks, c => Assert.True(("contacts?fetchXml=" + Uri.EscapeDataString(c)).Length <= ReadLimits.MaxRelativeUrlLength));
        Assert.Equal(ids, chunks.SelectMany(c => XElement.Parse(c).Descendants("value").Select(v => v.Value)));
        Assert.True(chunks.Count > 2);
    }

    [Fact]
    public void Chunk_NoValues_NoQuery() => Assert.Empty(CreateSut().Chunk("contactid", []));

    [Fact]
    public void Chunk_FixedCondition_InEveryChunk()
    {
        // Arrange
        var sut = CreateSut().Where(MemberFields.StateCode, "eq", "0");

        // Act
        var chunks = sut.Chunk("contactid", Enumerable.Range(0, 1500).Select(i => $"{i}").ToArray());

        // Assert
        Assert.All(chunks, c => Assert.Contains("<condition attribute=\"statecode\" operator=\"eq\" value=\"0\" />", c, StringComparison.Ordinal));
    }

    private static FetchQuery CreateSut() => new(TableNames.Contact, ["contactid", MemberFields.EmailAddress1]);
}
