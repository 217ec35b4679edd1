using System.Text;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Tests.Http;

public sealed class Utf8SegmentsTests
{
    [Fact]
    public async Task WriteText_LongTextWithPairsAndLoneSurrogates_EqualsEncodingTheWholeString()
    {
        // Arrange: 50 KB and more of text crosses several 16 KB arrays, some at a surrogate pair or a 3-byte character.
        var text = new StringBuilder("a");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("\U0001F600").Append(i % 7 == 0 ? "é€" : "x").Append(i % 997 == 0 ? "\uD800" : string.Empty);
        }

        var expected = Encoding.UTF8.GetBytes(text.ToString());
        var sut = new Utf8Segments();

        // Act
        sut.Write("--"u8);
        sut.WriteText(text.ToString());
        sut.WriteNumber(1234567);
        await using var stream = new MemoryStream();
        await sut.CopyToAsync(stream, CancellationToken.None);

        // Assert
        byte[] whole = [.. "--"u8, .. expected, .. "1234567"u8];
        Assert.Equal(whole.Length, sut.Length);
        Assert.Equal(whole, stream.ToArray());
        Assert.Equal(whole, sut.ToArray());
    }

    [Fact]
    public void GetSpan_HintLargerThanAnArray_GivesThatRoomAndKeepsEarlierBytes()
    {
        // Arrange
        var sut = new Utf8Segments();
        sut.Write("head"u8);

        // Act
        var span = sut.GetSpan(40_000);
        span[..40_000].Fill((byte)'x');
        sut.Advance(40_000);
        sut.Write("tail"u8);

        // Assert
        Assert.True(span.Length >= 40_000);
        Assert.Equal([.. "head"u8, .. Enumerable.Repeat((byte)'x', 40_000), .. "tail"u8], sut.ToArray());
    }

    [Fact]
    public void Clear_AfterSeveralArrays_WritesAfreshIntoTheSameArrays()
    {
        // Arrange
        var sut = new Utf8Segments();
        sut.WriteText(new string('a', 50_000));

        // Act
        sut.Clear();
        sut.WriteText(new string('b', 40_000));

        // Assert
        Assert.Equal(40_000, sut.Length);
        Assert.Equal(Enumerable.Repeat((byte)'b', 40_000), sut.ToArray());
    }

    [Fact]
    public void Advance_PastTheRoom_Throws()
    {
        // Arrange
        var sut = new Utf8Segments();
        var room = sut.GetSpan(1).Length;

        // Act / Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Advance(room + 1));
    }
}
