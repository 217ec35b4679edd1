using Dynamics.Mailchimp.Dataverse.Http;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

namespace Dynamics.Mailchimp.Dataverse.Tests.Http;

public sealed class ResponseBytesTests
{
    [Fact]
    public async Task ReadAsync_WithContentLength_ReturnsTheBodyInOneArray()
    {
        // Arrange
        var body = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        using var content = new StreamContent(new TrickleStream(body, 1000));
        content.Headers.ContentLength = body.Length;

        // Act
        var read = await ResponseBytes.ReadAsync(content, CancellationToken.None);

        // Assert
        Assert.Equal(body, read);
    }

    [Fact]
    public async Task ReadAsync_WithoutContentLength_ReadsToTheEnd()
    {
        // Arrange
        var body = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        using var content = new StreamContent(new TrickleStream(body, 7));

        // Act
        var read = await ResponseBytes.ReadAsync(content, CancellationToken.None);

        // Assert
        Assert.Equal(body, read);
    }

    [Fact]
    public async Task ReadAsync_BodyShorterThanContentLength_ThrowsHttpRequestException()
    {
        // Arrange
        using var content = new StreamContent(new TrickleStream(new byte[100], 10));
        content.Headers.ContentLength = 200;

        // Act
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => ResponseBytes.ReadAsync(content, CancellationToken.None));

        // Assert
        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
    }
}
