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
        Assert.Equal("{\"error\":{}}", HttpMessagePart.Parse(parts[1].Body).BodyText);
    }

    [Fact]
    public void Parse_NoClosingDelimiter_ThrowsFormatException()
    {
        // Act
        var error = Assert.Throws<FormatException>(() => MultipartMixedParser.Parse("--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 200 OK\r\n", "b"));

        // Assert
        Assert.Contains("--b--", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CrLfParts_KeepsEachBodyWithoutTheLineEndOfTheNextDelimiter()
    {
        // Arrange
        const string body = "--b\r\nContent-Type: application/http\r\nContent-ID: 7\r\n\r\nline one\r\nline two\r\n--b \t\r\nContent-Type: text/plain\r\n\r\n\r\n--b--\r\n";

        // Act
        var parts = MultipartMixedParser.Parse(body, "b");

        // Assert
        Assert.Equal(2, parts.Count);
        Assert.Equal("7", parts[0].ContentId);
        Assert.Equal("line one\r\nline two", parts[0].BodyText);
        Assert.Equal("text/plain", parts[1].ContentType);
        Assert.Equal(string.Empty, parts[1].BodyText);
    }

    [Fact]
    public void Parse_PartWithoutBlankLineOrContent_HasNoBody()
    {
        // Arrange
        const string body = "--b\r\nContent-Type: application/http\r\n--b\r\n--b--";

        // Act
        var parts = MultipartMixedParser.Parse(body, "b");

        // Assert
        Assert.Equal(2, parts.Count);
        Assert.Equal("application/http", parts[0].ContentType);
        Assert.Equal(string.Empty, parts[0].BodyText);
        Assert.Empty(parts[1].Headers);
        Assert.Equal(string.Empty, parts[1].BodyText);
    }

    [Fact]
    public void Parse_MalformedHeader_NamesTheLine()
    {
        // Act
        var error = Assert.Throws<FormatException>(() => MultipartMixedParser.Parse("--b\r\nno colon here\r\n\r\n--b--", "b"));

        // Assert
        Assert.Contains("'no colon here'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseHttpMessage_LeadingBlankLinesHeadersAndBody_ReadsEach()
    {
        // Arrange
        const string text = "\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json; odata.metadata=minimal\r\nOData-Version: 4.0\r\n\r\n{\"value\":[]}\r\n\r\n";

        // Act
        var message = HttpMessagePart.Parse(text);

        // Assert
        Assert.Equal("HTTP/1.1 200 OK", message.StartLine);
        Assert.Equal(System.Net.HttpStatusCode.OK, message.StatusCode);
        Assert.Equal("4.0", message.Headers["odata-version"]);
        Assert.Equal("{\"value\":[]}", message.BodyText);
    }

    [Fact]
    public void ParseHttpMessage_HeadersOnly_HasEmptyBody()
    {
        // Act
        var message = HttpMessagePart.Parse("HTTP/1.1 204 No Content\nOData-EntityId: x");

        // Assert
        Assert.Equal(System.Net.HttpStatusCode.NoContent, message.StatusCode);
        Assert.Equal("x", message.Headers["OData-EntityId"]);
        Assert.Equal(string.Empty, message.BodyText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("HTTP/1.1")]
    public void ParseHttpMessage_NoStartLine_ThrowsFormatException(string text)
    {
        // Act & Assert
        Assert.Throws<FormatException>(() => HttpMessagePart.Parse(text));
    }

    [Fact]
    public void ParseHttpMessage_MalformedHeader_NamesTheStartLine()
    {
        // Act
        var error = Assert.Throws<FormatException>(() => HttpMessagePart.Parse("GET contacts HTTP/1.1\r\nbad\r\n\r\n"));

        // Assert
        Assert.Contains("after 'GET contacts HTTP/1.1'", error.Message, StringComparison.Ordinal);
    }
}
