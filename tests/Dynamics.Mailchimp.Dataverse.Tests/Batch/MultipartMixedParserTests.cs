using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Dataverse.Tests.Batch;

public sealed class MultipartMixedParserTests
{
    [Theory]
    [InlineData("multipart/mixed; boundary=batch_1", "batch_1")]
    [InlineData("multipart/mixed;boundary=\"batch_2\"", "batch_2")]
    [InlineData("Multipart/Mixed; charset=utf-8; Boundary=batch_3", "batch_3")]
    public void GetBoundary_Variants_ReturnsBoundary(string contentType, string expected)
    {
        // Act
        var boundary = MultipartMixedParser.GetBoundary(contentType);

        // Assert
        Assert.Equal(expected, boundary);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("multipart/mixed")]
    public void GetBoundary_NoBoundary_ThrowsFormatException(string contentType)
    {
        // Act & Assert
        Assert.Throws<FormatException>(() => MultipartMixedParser.GetBoundary(contentType));
    }

    [Fact]
    public void Parse_LineFeedOnlyWithPreamble_ReturnsParts()
    {
        // Arrange
        const string body = "preamble\n--b\nContent-Type: application/http\n\nHTTP/1.1 204 No Content\n\n--b\nContent-Type: application/http\n\nHTTP/1.1 404 Not Found\n\n{\"error\":{}}\n--b--\nepilogue";

        // Act
        var parts = MultipartMixedParser.Parse(body, "b");

        // Assert
        Assert.Equal(2, parts.Count);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, HttpMessagePart.Parse(parts[0].Body).StatusCode);
        Assert.Equal("{\"error\":{}}", HttpMessagePart.Parse(parts[1].Body).Body);
    }

    [Fact]
    public void Parse_NoClosingDelimiter_ThrowsFormatException()
    {
        // Act
        var error = Assert.Throws<FormatException>(() => MultipartMixedParser.Parse("--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 200 OK\r\n", "b"));

        // Assert
        Assert.Contains("--b--", error.Message, StringComparison.Ordinal);
    }
}
