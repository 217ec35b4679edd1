using System.Text;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Tests.Http;

public sealed class Utf8TextContentTests
{
    [Fact]
    public async Task ReadAsByteArrayAsync_Twice_SendsTheSameUtf8WithItsLength()
    {
        // Arrange: a retry serializes the content again.
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("--batch_é\r\n").Append(i);
        }

        var expected = Encoding.UTF8.GetBytes(text.ToString());

        // Act: each read needs a fresh content, as HttpContent buffers what it read once.
        using var first = CreateSut(text);
        var firstBytes = await first.ReadAsByteArrayAsync();
        using var second = CreateSut(text);
        await using var stream = new MemoryStream();
        await second.CopyToAsync(stream);
        await second.CopyToAsync(stream);

        // Assert
        Assert.Equal(expected.Length, first.Headers.ContentLength);
        Assert.Equal(expected, firstBytes);
        Assert.Equal([.. expected, .. expected], stream.ToArray());
    }

    private static Utf8TextContent CreateSut(StringBuilder text) => new(text);
}
