using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>$batch through the client. Contract: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api</summary>
public sealed class DataverseClientBatchTests
{
    private static ClientHost CreateSut(Action<DataverseClientOptions>? configure = null) => ClientHost.Create(configure);

    private static List<BatchOperation> Deletes(int count) =>
        Enumerable.Range(1, count).Select(i => BatchOperation.Delete("contacts", new Guid(i, 0, 0, new byte[8]))).ToList();

    [Fact]
    public async Task ExecuteBatchAsync_1001Operations_SendsTwoBatchesAndReturnsEveryResult()
    {
        // Arrange
        using var host = CreateSut(o => o.MaxBatchOperations = 1000);
        host.Handler.Fallback = BatchResponses.AllNoContent;

        // Act
        var result = await host.Client.ExecuteBatchAsync(Deletes(1001), true, CancellationToken.None);

        // Assert
        Assert.Equal(1001, result.Results.Count);
        Assert.True(result.AllSucceeded);
        Assert.Equal(Enumerable.Range(0, 1001), result.Results.Select(r => r.Index));
        var requests = host.Handler.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.Equal(HttpMethod.Post, r.Method);
            Assert.Equal(ClientHost.ServiceRoot + "$batch", r.Uri.AbsoluteUri);
            Assert.StartsWith("multipart/mixed; boundary=batch_", r.ContentType, StringComparison.Ordinal);
            Assert.Equal("odata.continue-on-error", r.Header("Prefer"));
            Assert.Equal("4.0", r.Header("OData-Version"));
        });
        Assert.Equal(1000, MultipartMixedParser.Parse(requests[0].Body, MultipartMixedParser.GetBoundary(requests[0].ContentType!)).Count);
        Assert.Single(MultipartMixedParser.Parse(requests[1].Body, MultipartMixedParser.GetBoundary(requests[1].ContentType!)));
    }

    [Fact]
    public async Task ExecuteBatchAsync_MaxParallelBatchesThree_HasThreeInFlightAndKeepsInputOrder()
    {
        // Arrange: five batches of two; the handler holds every request until the gate opens.
        using var host = CreateSut(o =>
        {
            o.MaxBatchOperations = 2;
            o.MaxParallelBatches = 3;
        });
        host.Handler.Fallback = BatchResponses.AllNoContent;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Handler.Gate = gate.Task;

        // Act
        var call = host.Client.ExecuteBatchAsync(Deletes(10), true, CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await host.Handler.Arrivals.WaitAsync(TimeSpan.FromSeconds(30));
        }

        var inFlightAtGate = host.Handler.InFlight;
        gate.SetResult();
        var result = await call;

        // Assert
        Assert.Equal(3, inFlightAtGate);
        Assert.Equal(3, host.Handler.MaxInFlight);
        Assert.Equal(5, host.Handler.Requests.Count);
        Assert.True(result.AllSucceeded);
        Assert.Equal(Enumerable.Range(0, 10), result.Results.Select(r => r.Index));
    }

    [Fact]
    public async Task ExecuteBatchAsync_DefaultOptions_SendsOneBatchAtATime()
    {
        // Arrange
        using var host = CreateSut(o => o.MaxBatchOperations = 2);
        host.Handler.Fallback = BatchResponses.AllNoContent;

        // Act
        var result = await host.Client.ExecuteBatchAsync(Deletes(6), true, CancellationToken.None);

        // Assert
        Assert.True(result.AllSucceeded);
        Assert.Equal(3, host.Handler.Requests.Count);
        Assert.Equal(1, host.Handler.MaxInFlight);
    }

    [Fact]
    public async Task ExecuteBatchAsync_PartialFailure_ReportsPerOperationWithoutThrowing()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.Enqueue(_ => BatchResponses.Response(BatchResponses.Multipart(BatchResponses.Boundary,
        [
            BatchResponses.Part(204, "No Content"),
            BatchResponses.Part(404, "Not Found", """{"error":{"code":"0x80040217","message":"contact Does Not Exist"}}"""),
            BatchResponses.Part(204, "No Content"),
        ])));

        // Act
        var result = await host.Client.ExecuteBatchAsync(Deletes(3), false, CancellationToken.None);

        // Assert
        Assert.False(result.AllSucceeded);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(1, failure.Index);
        Assert.Equal(BatchOutcome.NotFound, failure.Outcome);
        Assert.Null(host.Handler.Requests[0].Header("Prefer"));
    }

    [Fact]
    public async Task ExecuteBatchAsync_FirstBatchUnauthorized_FailsItAndSkipsTheRest()
    {
        // Arrange
        using var host = CreateSut(o => o.MaxBatchOperations = 2);
        host.Handler.EnqueueJson(HttpStatusCode.Unauthorized, """{"error":{"code":"","message":"expired"}}""");

        // Act
        var result = await host.Client.ExecuteBatchAsync(Deletes(5), true, CancellationToken.None);

        // Assert
        Assert.Single(host.Handler.Requests);
        Assert.Equal([BatchOutcome.Failed, BatchOutcome.Failed, BatchOutcome.NotExecuted, BatchOutcome.NotExecuted, BatchOutcome.NotExecuted],
            result.Results.Select(r => r.Outcome));
        Assert.Equal(HttpStatusCode.Unauthorized, result.Results[0].StatusCode);
        Assert.DoesNotContain(ClientHost.Token, string.Join(" ", result.Results.Select(r => r.Error?.Message)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteBatchAsync_WriteBatchServerError_IsNotRetried()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.Fallback = _ => RecordingHandler.Json(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"","message":"busy"}}""");

        // Act
        var result = await host.Client.ExecuteBatchAsync(Deletes(2), true, CancellationToken.None);

        // Assert
        Assert.Single(host.Handler.Requests);
        Assert.All(result.Results, r => Assert.Equal(BatchOutcome.Failed, r.Outcome));
    }

    [Fact]
    public async Task ExecuteBatchAsync_ReadOnlyBatchServerError_IsRetried()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"","message":"busy"}}""");
        host.Handler.Enqueue(_ => BatchResponses.Response(BatchResponses.Multipart(BatchResponses.Boundary, [BatchResponses.Part(200, "OK", """{"fullname":"Ada"}""")])));

        // Act
        var result = await host.Client.ExecuteBatchAsync([BatchOperation.Retrieve("contacts", Guid.NewGuid(), ["fullname"])], true, CancellationToken.None);

        // Assert
        Assert.Equal(2, host.Handler.Requests.Count);
        Assert.Equal("Ada", Assert.Single(result.Results).Body!.Value.GetProperty("fullname").GetString());
    }

    [Fact]
    public async Task ExecuteBatchAsync_OversizedChangeSet_ThrowsBeforeAnyRequest()
    {
        // Arrange
        using var host = CreateSut(o => o.MaxBatchOperations = 2);
        var operations = Enumerable.Range(0, 3).Select(_ => BatchOperation.Create("contacts", new JsonObject()) with { ChangeSet = "g" }).ToList();

        // Act
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.ExecuteBatchAsync(operations, true, CancellationToken.None));

        // Assert
        Assert.Empty(host.Handler.Requests);
    }
}
