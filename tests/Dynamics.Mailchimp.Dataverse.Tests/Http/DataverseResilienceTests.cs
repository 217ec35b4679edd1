using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests.Http;

/// <summary>Service protection. Contract: https://learn.microsoft.com/power-apps/developer/data-platform/api-limits</summary>
public sealed class DataverseResilienceTests
{
    private static ClientHost CreateSut() => ClientHost.Create(o => o.RetryBaseDelay = TimeSpan.FromSeconds(1), fakeTime: true);

    private static async Task<T> RunWithFakeClock<T>(ClientHost host, Task<T> operation)
    {
        // Advance the fake clock one second at a time until the operation completes; the clock, not the wall, paces retries.
        for (var i = 0; i < 600 && !operation.IsCompleted; i++)
        {
            await Task.Delay(5);
            host.Time!.Advance(TimeSpan.FromSeconds(1));
        }

        return await operation;
    }

    [Fact]
    public async Task CreateAsync_429WithRetryAfter_WaitsThenRetriesAndLosesNothing()
    {
        // Arrange
        var id = Guid.Parse("00000000-0000-0000-0000-000000000429");
        using var host = CreateSut();
        host.Handler.EnqueueJson((HttpStatusCode)429,
            """{"error":{"code":"0x80072322","message":"Number of requests exceeded the limit of 6000 over time window of 300 seconds."}}""",
            ("Retry-After", "7"));
        host.Handler.Enqueue(_ => RecordingHandler.Empty(HttpStatusCode.NoContent, ("OData-EntityId", $"{ClientHost.ServiceRoot}contacts({id})")));

        // Act
        var result = await RunWithFakeClock(host, host.Client.CreateAsync("contacts", new JsonObject { ["lastname"] = "Ng" }, CancellationToken.None));

        // Assert
        Assert.Equal(WriteOutcome.Succeeded, result.Outcome);
        Assert.Equal(id, result.EntityId);
        var requests = host.Handler.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(7), $"Retried after {requests[1].At - requests[0].At} of fake time.");
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.Equal(requests[0].Uri, requests[1].Uri);
        Assert.DoesNotContain(ClientHost.Token, host.AllLogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_503ThenSuccess_RetriesConditionalPatch()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"","message":"busy"}}""");
        host.Handler.Enqueue(_ => RecordingHandler.Empty(HttpStatusCode.NoContent));

        // Act
        var result = await RunWithFakeClock(host, host.Client.UpdateAsync("contacts", Guid.NewGuid(), new JsonObject { ["a"] = 1 }, "W/\"3\"", CancellationToken.None));

        // Assert
        Assert.True(result.Succeeded);
        Assert.Equal(2, host.Handler.Requests.Count);
    }

    [Fact]
    public async Task WhoAmIAsync_ManyParallelCalls_NeverExceedConcurrencyCap()
    {
        // Arrange
        using var host = ClientHost.Create(o => o.MaxConcurrentRequests = 2);
        using var permits = new SemaphoreSlim(0);
        host.Handler.Permits = permits;
        host.Handler.Fallback = _ => RecordingHandler.Json(HttpStatusCode.OK,
            """{"UserId":"00000000-0000-0000-0000-000000000001","BusinessUnitId":"00000000-0000-0000-0000-000000000002","OrganizationId":"00000000-0000-0000-0000-000000000003"}""");

        // Act: requests are answered one at a time, and the next is awaited only after one is let go; every request that
        // reaches the handler stays in flight until released, so a third concurrent request would show in MaxInFlight.
        var calls = Enumerable.Range(0, 6).Select(_ => host.Client.WhoAmIAsync(CancellationToken.None)).ToList();
        Assert.True(await host.Handler.Arrivals.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(await host.Handler.Arrivals.WaitAsync(TimeSpan.FromSeconds(30)));
        var inFlightAtStart = host.Handler.InFlight;
        for (var released = 1; released <= 4; released++)
        {
            permits.Release();
            Assert.True(await host.Handler.Arrivals.WaitAsync(TimeSpan.FromSeconds(30)), $"Request {released + 2} never arrived.");
        }

        permits.Release(2);
        await Task.WhenAll(calls);

        // Assert
        Assert.Equal(2, inFlightAtStart);
        Assert.Equal(2, host.Handler.MaxInFlight);
        Assert.Equal(6, host.Handler.Requests.Count);
    }
}
