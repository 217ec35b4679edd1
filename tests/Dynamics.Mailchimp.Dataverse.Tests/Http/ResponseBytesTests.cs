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

    [Theory]
    [InlineData(300_000, true)]
    [InlineData(5000, false)]
    public async Task RentAsync_WithOrWithoutContentLength_SameBytesAsReadAsync(int size, bool withLength)
    {
        // Arrange
        var body = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        using var content = new StreamContent(new TrickleStream(body, 999));
        content.Headers.ContentLength = withLength ? body.Length : null;

        // Act
        var rented = await ResponseBytes.RentAsync(content, CancellationToken.None);

        // Assert
        Assert.Equal(body, rented.Memory.ToArray());
        rented.Dispose();
        rented.Dispose();
        Assert.True(rented.Memory.IsEmpty);
    }

    [Fact]
    public async Task RentAsync_BodyShorterThanContentLength_ThrowsHttpRequestException()
    {
        // Arrange
        using var content = new StreamContent(new TrickleStream(new byte[100], 10));
        content.Headers.ContentLength = 200;

        // Act
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => ResponseBytes.RentAsync(content, CancellationToken.None));

        // Assert
        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
    }
}
