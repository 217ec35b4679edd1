using System.Text;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Tests.Http;

public sealed class Utf8TextTests
{
    [Fact]
    public async Task WriteAsync_SurrogatePairsAcrossChunkBoundaries_EqualsEncodingTheWholeString()
    {
        // Arrange: an odd prefix and 50,000 emoji (two chars each) make the builder's chunks split some pairs.
        var text = new StringBuilder("a");
        for (var i = 0; i < 50_000; i++)
        {
            text.Append("\U0001F600").Append(i % 7 == 0 ? "é" : string.Empty);
        }

        // Act
        var bytes = await WriteAsync(text);

        // Assert
        var chunks = 0;
        foreach (var _ in text.GetChunks())
        {
            chunks++;
        }

        Assert.True(chunks > 1, "the text must span several chunks");
        Assert.Equal(Encoding.UTF8.GetBytes(text.ToString()), bytes);
        Assert.Equal(bytes.Length, Utf8Text.ByteCount(text));
    }

    [Fact]
    public async Task WriteAsync_Empty_WritesNoBytes()
    {
        // Act
        var bytes = await WriteAsync(new StringBuilder());

        // Assert
        Assert.Empty(bytes);
        Assert.Equal(0, Utf8Text.ByteCount(new StringBuilder()));
    }

    [Theory]
    [InlineData("x\uD83D", "y")]
    [InlineData("x", "\uDE00y")]
    [InlineData("x\uD83D", "\uD83D")]
    public async Task WriteAsync_LoneSurrogates_AreReplacedLikeTheWholeStringsEncoding(string first, string second)
    {
        // Arrange
        var text = new StringBuilder(first, 1).Append(second);

        // Act
        var bytes = await WriteAsync(text);

        // Assert
        Assert.Equal(Encoding.UTF8.GetBytes(first + second), bytes);
        Assert.Equal(bytes.Length, Utf8Text.ByteCount(text));
    }

    private static async Task<byte[]> WriteAsync(StringBuilder text)
    {
        using var stream = new MemoryStream();
        await Utf8Text.WriteAsync(text, stream, CancellationToken.None);
        return stream.ToArray();
    }
}
