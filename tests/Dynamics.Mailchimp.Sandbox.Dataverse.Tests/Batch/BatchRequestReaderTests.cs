using Dynamics.Mailchimp.Sandbox.Dataverse.Batch;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Batch;

/// <summary>
/// A $batch body's parts: CRLF and LF line ends read alike, blank lines before a part's headers skipped, a lone CR kept,
/// text before the first boundary and after the closing one ignored, header names and values trimmed.
/// Format: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api.
/// </summary>
public sealed class BatchRequestReaderTests
{
    private const string ContentType = "multipart/mixed; boundary=batch_x";

    private static IReadOnlyList<BatchOperation> CreateSut(string body) =>
        BatchRequestReader.Read(ContentType, body).SelectMany(i => i.Operations).ToArray();

    private static string Part(string newline, string json) =>
        $"--batch_x{newline}Content-Type: application/http{newline}Content-Transfer-Encoding: binary{newline}{newline}" +
        $"PATCH contacts(1)?tag=t HTTP/1.1{newline}Content-Type: application/json{newline}If-Match:  * {newline}{newline}{json}{newline}";

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Read_LineEnds_GiveTheSameOperations(string newline)
    {
        // Arrange
        var body = "preamble" + newline + Part(newline, """{"a":1}""") + Part(newline, "{\"b\":\"x\ry\"}") + "--batch_x--" + newline + "epilogue";

        // Act
        var operations = CreateSut(body);

        // Assert
        Assert.Equal(2, operations.Count);
        Assert.All(operations, o => Assert.Equal(("PATCH", "contacts(1)?tag=t"), (o.Method, o.Url)));
        Assert.Equal("*", operations[0].Headers["if-match"]);
        Assert.Equal("application/json", operations[1].Headers["Content-Type"]);
        Assert.Equal("""{"a":1}""", operations[0].Body);
        Assert.Equal("{\"b\":\"x\ry\"}", operations[1].Body);
    }

    [Fact]
    public void Read_BlankLinesAndLoneCarriageReturnBeforeAPart_SkipsOnlyTheBlankLines()
    {
        // Arrange
        var body = "--batch_x\r\n\n\r\nContent-Type: application/http\r\n\r\nDELETE contacts(2) HTTP/1.1\r\n\r\n\r\n"
            + "--batch_x\r\rContent-Type: application/http\r\n\r\nDELETE contacts(3) HTTP/1.1\r\n\r\n--batch_x--";

        // Act
        var operations = CreateSut(body);

        // Assert: the second part starts with a CR that is no line end, so its first line is not a header.
        Assert.Equal(["contacts(2)", "contacts(3)"], operations.Select(o => o.Url));
        Assert.Equal(string.Empty, operations[0].Body);
    }
}
