using System.Text;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

namespace Dynamics.Mailchimp.Dataverse.Tests.Batch;

/// <summary>
/// The mapper reads answers without header dictionaries and gives the results <see cref="LegacyBatchResponseMapper"/> gave:
/// multi-part answers with errors, changesets by Content-ID or by order, odd header spelling, LF line ends, malformed parts.
/// Answer shape: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api
/// </summary>
public sealed class BatchResponseMapperLegacyTests
{
    private const string Boundary = BatchResponses.Boundary;
    private static readonly string Root = ClientHost.ServiceRoot.ToString();

    public static TheoryData<string, string> Answers => new()
    {
        { "mixed", Multipart(
            BatchResponses.Part(204, "No Content", null, $"OData-EntityId: {Root}contacts({Id(1)})", "ETag: W/\"7\""),
            BatchResponses.Part(412, "Precondition Failed", """{"error":{"code":"0x80060882","message":"The version doesn't match.","@Microsoft.PowerApps.CDS.HelpLink":"x"}}"""),
            ChangeSet("changesetresponse_1", [Content(4, BatchResponses.Part(204, "No Content", null, $"odata-entityid:  {Root}contacts({Id(4)})/ ")), Content(3, BatchResponses.Part(201, "Created", "{\"a\":1}"))]),
            BatchResponses.Part(200, "OK", """{"@odata.etag":"W/\"5\"","fullname":"Zoë \u00e9","value":[{"a":1},{"b":"<&>"}]}""", "ETag: W/\"5\"", "etag: W/\"6\""),
            BatchResponses.Part(404, "Not Found", """{"error":{"code":"0x80040217","message":"contact With Id = x Does Not Exist"}}"""),
            BatchResponses.Part(404, "Not Found", """{"error":{"code":"0x8006088a","message":"Resource not found for the segment 'contactz'."}}"""),
            BatchResponses.Part(500, "Server Error", "not json at all \r\n\r\n"),
            BatchResponses.Part(204, "No Content")) },
        { "changeset-error", Multipart(
            BatchResponses.Part(204, "No Content"),
            BatchResponses.Part(204, "No Content"),
            BatchResponses.Part(400, "Bad Request", """{"error":{"code":"0x80040203","message":"lastname is required"}}""")) },
        { "changeset-by-order", Multipart(
            BatchResponses.Part(204, "No Content"),
            BatchResponses.Part(204, "No Content"),
            ChangeSet("cs2", [BatchResponses.Part(204, "No Content", null, $"OData-EntityId: {Root}contacts({Id(8)})"), Content(99, BatchResponses.Part(204, "No Content")), Content(1, BatchResponses.Part(204, "No Content"))])) },
        { "changeset-short", Multipart(
            BatchResponses.Part(204, "No Content"),
            BatchResponses.Part(204, "No Content"),
            ChangeSet("cs3", [Content(3, BatchResponses.Part(204, "No Content"))])) },
        { "stopped", Multipart(BatchResponses.Part(429, "Too Many Requests", """{"error":{"code":"0x80072322","message":"Number of requests exceeded"}}""")) },
        { "bare-lf", Multipart(
            BatchResponses.Part(204, "No Content", null, $"OData-EntityId: {Root}contacts({Id(2)})").Replace("\r\n", "\n", StringComparison.Ordinal),
            "Content-Type:application/http\n\nHTTP/1.1 200 OK\nETag:W/\"1\"\n\n{\"x\":[1,2]}\n\n\n") },
        { "no-status", Multipart("Content-Type: application/http\r\n\r\nHTTP/1.1 OK\r\n\r\n") },
        { "request-line", Multipart("Content-Type: application/http\r\n\r\nGET https://x/ HTTP/1.1\r\n\r\n") },
        { "malformed-header", Multipart("Content-Type: application/http\r\n\r\nHTTP/1.1 204 No Content\r\nno colon\r\n\r\n") },
        { "malformed-part-header", Multipart(": nothing before\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n") },
        { "no-start-line", Multipart("Content-Type: application/http\r\n\r\n\r\n") },
        { "no-closing", "--" + Boundary + "\r\n" + BatchResponses.Part(204, "No Content") },
        { "headers-only", Multipart("Content-Type: application/http") },
    };

    private static (IReadOnlyList<BatchOperation> Operations, List<List<int>> Units) CreateSut()
    {
        IReadOnlyList<BatchOperation> operations =
        [
            BatchOperation.Create("contacts", new JsonObject { ["lastname"] = "A" }),
            BatchOperation.Update("contacts", Id(9), new JsonObject { ["lastname"] = "B" }, "W/\"1\""),
            BatchOperation.Create("contacts", new JsonObject()) with { ChangeSet = "x" },
            BatchOperation.Create("contacts", new JsonObject()) with { ChangeSet = "x" },
            BatchOperation.Retrieve("contacts", Id(9), ["fullname"]),
            BatchOperation.Delete("contacts", Id(9)),
            BatchOperation.Retrieve("contactz", Id(9), []),
            BatchOperation.Delete("contacts", Id(10)),
            BatchOperation.Delete("contacts", Id(11)),
        ];
        return (operations, BatchPlanner.Plan(operations, 1000)[0]);
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void Map_VariedAnswers_SameResultsAsLegacy(string name, string answer)
    {
        // Arrange
        var (operations, units) = CreateSut();
        var contentType = $"multipart/mixed; boundary={Boundary}";
        var bytes = Encoding.UTF8.GetBytes(answer);
        var expected = new BatchOperationResult?[operations.Count];
        var expectedError = Capture(() => LegacyBatchResponseMapper.Map(operations, units, contentType, bytes, expected));
        var results = new BatchOperationResult?[operations.Count];

        // Act
        var error = Capture(() => BatchResponseMapper.Map(operations, units, contentType, bytes, results));

        // Assert
        Assert.Equal(expectedError, error);
        Assert.Equal(expected.Select(Describe), results.Select(Describe));
        Assert.True(expectedError is not null || expected.Any(r => r is not null), name);
    }

    private static Guid Id(int n) => new(n, 0, 0, new byte[8]);

    private static string Multipart(params string[] parts) => BatchResponses.Multipart(Boundary, parts);

    private static string Content(int id, string part) => $"Content-ID: {id}\r\n" + part;

    private static string ChangeSet(string boundary, string[] parts) =>
        $"Content-Type: Multipart/Mixed; boundary={boundary}\r\n\r\n" + BatchResponses.Multipart(boundary, parts) + "\r\n";

    private static string? Capture(Action map)
    {
        try
        {
            map();
            return null;
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
        {
            return ex.GetType().Name + ": " + ex.Message;
        }
    }

    private static string Describe(BatchOperationResult? result) => result is null
        ? "none"
        : string.Join(" | ", result.Index, result.Outcome, result.StatusCode, result.EntityId, result.ETag, result.Error?.Code, result.Error?.Message,
            string.Join(",", result.Error?.Annotations.Select(a => a.Key + "=" + a.Value) ?? []), result.Body?.GetRawText());
}
