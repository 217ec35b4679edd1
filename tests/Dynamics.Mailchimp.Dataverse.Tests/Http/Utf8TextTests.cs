using System.Text;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Tests.Http;

public sealed class Utf8TextTests
{
    [Fact]
    public void GetBytes_SurrogatePairsAcrossChunkBoundaries_EqualsEncodingTheWholeString()
    {
        // Arrange: an odd prefix and 50,000 emoji (two chars each) make the builder's chunks split some pairs.
        var text = new StringBuilder("a");
        for (var i = 0; i < 50_000; i++)
        {
            text.Append("\U0001F600").Append(i % 7 == 0 ? "é" : string.Empty);
        }

        // Act
        var bytes = Utf8Text.GetBytes(text);

        // Assert
        var chunks = 0;
        foreach (var _ in text.GetChunks())
        {
            chunks++;
        }

        Assert.True(chunks > 1, "the text must span several chunks");
        Assert.Equal(Encoding.UTF8.GetBytes(text.ToString()), bytes);
    }

    [Fact]
    public void GetBytes_Empty_ReturnsNoBytes()
    {
        // Act
        var bytes = Utf8Text.GetBytes(new StringBuilder());

        // Assert
        Assert.Empty(bytes);
    }

    [Theory]
    [InlineData("x\uD83D", "y")]
    [InlineData("x", "\uDE00y")]
    [InlineData("x\uD83D", "\uD83D")]
    public void GetBytes_LoneSurrogates_AreReplacedLikeTheWholeStringsEncoding(string first, string second)
    {
        // Arrange
        var text = new StringBuilder(first, 1).Append(second);

        // Act
        var bytes = Utf8Text.GetBytes(text);

        // Assert
        Assert.Equal(Encoding.UTF8.GetBytes(first + second), bytes);
    }
}
