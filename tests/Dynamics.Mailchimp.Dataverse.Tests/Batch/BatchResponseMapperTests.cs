using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

namespace Dynamics.Mailchimp.Dataverse.Tests.Batch;

/// <summary>Reads canned $batch responses. Contract: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api</summary>
public sealed class BatchResponseMapperTests
{
    private static readonly Guid Created = Guid.Parse("00000000-0000-0000-0000-0000000000c0");
    private static readonly Guid Other = Guid.Parse("00000000-0000-0000-0000-0000000000c9");

    private static (IReadOnlyList<BatchOperation> Operations, List<List<int>> Units) CreateSut()
    {
        IReadOnlyList<BatchOperation> operations =
        [
            BatchOperation.Create("contacts", new JsonObject { ["lastname"] = "A" }),
            BatchOperation.Update("contacts", Other, new JsonObject { ["lastname"] = "B" }, "W/\"1\""),
            BatchOperation.Create("contacts", new JsonObject()) with { ChangeSet = "x" },
            BatchOperation.Create("contacts", new JsonObject()) with { ChangeSet = "x" },
            BatchOperation.Retrieve("contacts", Other, ["fullname"]),
            BatchOperation.Delete("contacts", Other),
        ];
        return (operations, BatchPlanner.Plan(operations, 1000)[0]);
    }

    [Fact]
    public void Map_PartialFailures_GivesOneOutcomePerOperation()
    {
        // Arrange: create ok, update 412, changeset rolled back as a whole (single 400), GET ok, delete never answered.
        var (operations, units) = CreateSut();
        var body = BatchResponses.Multipart(BatchResponses.Boundary,
        [
            BatchResponses.Part(204, "No Content", null, $"OData-EntityId: {ClientHost.ServiceRoot}contacts({Created})"),
            BatchResponses.Part(412, "Precondition Failed", """{"error":{"code":"0x80060882","message":"The version of the existing record doesn't match."}}"""),
            BatchResponses.Part(400, "Bad Request", """{"error":{"code":"0x80040203","message":"lastname is required"}}"""),
            BatchResponses.Part(200, "OK", """{"@odata.etag":"W/\"5\"","fullname":"Bo"}""", "ETag: W/\"5\""),
        ]);
        var results = new BatchOperationResult?[operations.Count];

        // Act
        BatchResponseMapper.Map(operations, units, $"multipart/mixed; boundary={BatchResponses.Boundary}", System.Text.Encoding.UTF8.GetBytes(body), results);

        // Assert
        Assert.Equal(BatchOutcome.Succeeded, results[0]!.Outcome);
        Assert.Equal(Created, results[0]!.EntityId);
        Assert.Equal(BatchOutcome.PreconditionFailed, results[1]!.Outcome);
        Assert.Equal("0x80060882", results[1]!.Error!.Code);
        Assert.Equal(BatchOutcome.Failed, results[2]!.Outcome);
        Assert.Equal(BatchOutcome.Failed, results[3]!.Outcome);
        Assert.Equal("lastname is required", results[3]!.Error!.Message);
        Assert.Equal(HttpStatusCode.BadRequest, results[3]!.StatusCode);
        Assert.Equal("Bo", results[4]!.Body!.Value.GetProperty("fullname").GetString());
        Assert.Equal("W/\"5\"", results[4]!.ETag);
        Assert.Equal(BatchOutcome.NotExecuted, results[5]!.Outcome);
    }

    [Fact]
    public void Map_ChangeSetAnsweredOutOfOrder_MatchesByContentId()
    {
        // Arrange
        var (operations, units) = CreateSut();
        var first = Guid.Parse("00000000-0000-0000-0000-000000000003");
        var second = Guid.Parse("00000000-0000-0000-0000-000000000004");
        var changeSet = BatchResponses.Multipart("changesetresponse_1",
        [
            "Content-ID: 4\r\n" + BatchResponses.Part(204, "No Content", null, $"OData-EntityId: {ClientHost.ServiceRoot}contacts({second})"),
            "Content-ID: 3\r\n" + BatchResponses.Part(204, "No Content", null, $"OData-EntityId: {ClientHost.ServiceRoot}contacts({first})"),
        ]);
        var body = BatchResponses.Multipart(BatchResponses.Boundary,
        [
            BatchResponses.Part(204, "No Content", null, $"OData-EntityId: {ClientHost.ServiceRoot}contacts({Created})"),
            BatchResponses.Part(204, "No Content"),
            "Content-Type: multipart/mixed; boundary=changesetresponse_1\r\n\r\n" + changeSet + "\r\n",
            BatchResponses.Part(200, "OK", "{}"),
            BatchResponses.Part(204, "No Content"),
        ]);
        var results = new BatchOperationResult?[operations.Count];

        // Act
        BatchResponseMapper.Map(operations, units, $"multipart/mixed; boundary=\"{BatchResponses.Boundary}\"", System.Text.Encoding.UTF8.GetBytes(body), results);

        // Assert
        Assert.All(results, r => Assert.Equal(BatchOutcome.Succeeded, r!.Outcome));
        Assert.Equal(first, results[2]!.EntityId);
        Assert.Equal(second, results[3]!.EntityId);
    }
}
