using System.Text;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Hosting;

public sealed class RequestBodyTests
{
    private static DefaultHttpContext CreateSut(byte[] body, bool withLength = true)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = withLength ? body.Length : null;
        return context;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_CalledTwice_SameBytesAndTheBodyStillReadsFromTheStart(bool withLength)
    {
        // Arrange
        var bytes = Encoding.UTF8.GetBytes("""{"members":[{"email_address":"ada@example.com"}]}""");
        var sut = CreateSut(bytes, withLength);

        // Act
        var first = await RequestBody.ReadAsync(sut, CancellationToken.None);
        var second = await RequestBody.ReadAsync(sut, CancellationToken.None);
        using var reader = new StreamReader(sut.Request.Body);
        var handlerSees = await reader.ReadToEndAsync();

        // Assert
        Assert.Equal(bytes, first.ToArray());
        Assert.True(first.Span == second.Span, "the second read returns the stored bytes");
        Assert.Equal(Encoding.UTF8.GetString(bytes), handlerSees);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x7D })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x7B, 0x7D })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x7B, 0x00, 0x7D })]
    [InlineData(new byte[] { 0xC3, 0x28, 0x41 })]
    [InlineData(new byte[] { 0xEF, 0x41 })]
    [InlineData(new byte[] { 0x41 })]
    [InlineData(new byte[0])]
    public void Text_AnyBytes_SameAsAStreamReaderWithItsDefaults(byte[] bytes)
    {
        // Arrange
        using var reader = new StreamReader(new MemoryStream(bytes));
        var expected = reader.ReadToEnd();

        // Act
        var text = RequestBody.Text(bytes);

        // Assert
        Assert.Equal(expected, text);
    }
}
