using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Batches;

public sealed partial class BatchesHandlerTests
{
    [Fact(DisplayName = "Gate_Held_BatchPendingThenStartedThenFinishedWithCompletionTime (https://mailchimp.com/developer/marketing/guides/run-async-requests-batch-endpoint/#check-the-status-of-a-batch-operation)")]
    public async Task Gate_Held_BatchPendingThenStartedThenFinishedWithCompletionTime()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;
        gate.Hold();
        var id = (await SubmitAsync(sut, AddMember("ja@northwind-traders.com", "a"), AddMember("ka@northwind-traders.com", "b")))["id"]!.GetValue<string>();

        // Act
        await gate.WaitForHeldAsync(sut.Ct);
        var (_, pending) = await sut.GetAsync($"batches/{id}");
        gate.Step();
        await gate.WaitForHeldAsync(sut.Ct);
        var (_, started) = await sut.GetAsync($"batches/{id}");
        gate.Step();
        await gate.WaitForHeldAsync(sut.Ct);
        var (_, halfway) = await sut.GetAsync($"batches/{id}");
        sut.Time.Advance(TimeSpan.FromMinutes(3));
        gate.Release();
        await gate.WaitForIdleAsync(sut.Ct);
        var (_, finished) = await sut.GetAsync($"batches/{id}");

        // Assert
        Assert.Equal(("pending", 0, 0), (pending!["status"]!.GetValue<string>(), pending["total_operations"]!.GetValue<int>(), pending["finished_operations"]!.GetValue<int>()));
        Assert.Equal(("started", 2, 0), (started!["status"]!.GetValue<string>(), started["total_operations"]!.GetValue<int>(), started["finished_operations"]!.GetValue<int>()));
        Assert.Equal(("started", 2, 1), (halfway!["status"]!.GetValue<string>(), halfway["total_operations"]!.GetValue<int>(), halfway["finished_operations"]!.GetValue<int>()));
        Assert.Equal(string.Empty, halfway["response_body_url"]!.GetValue<string>());
        Assert.Equal(("finished", 2, 2), (finished!["status"]!.GetValue<string>(), finished["total_operations"]!.GetValue<int>(), finished["finished_operations"]!.GetValue<int>()));
        Assert.Equal("2026-01-15T09:00:00+00:00", finished["submitted_at"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:03:00+00:00", finished["completed_at"]!.GetValue<string>());
    }

    [Fact(DisplayName = "List_TwoBatches_PagedWithTotalItems (AE batches-api-openapi.yml: batches[], total_items, count, offset)")]
    public async Task List_TwoBatches_PagedWithTotalItems()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;
        var first = (await SubmitAsync(sut, AddMember("la@northwind-traders.com", "a")))["id"]!.GetValue<string>();
        var second = (await SubmitAsync(sut, AddMember("ma@northwind-traders.com", "b")))["id"]!.GetValue<string>();
        await gate.WaitForIdleAsync(sut.Ct);

        // Act
        var (response, page) = await sut.GetAsync("batches?count=1&offset=1");
        var (_, one) = await sut.GetAsync($"batches/{first}?fields=id,status");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, page!["total_items"]!.GetValue<int>());
        Assert.Equal(second, page["batches"]!.AsArray().Single()!["id"]!.GetValue<string>());
        Assert.Equal(["id", "status"], one!.AsObject().Select(p => p.Key));
        Assert.Equal("finished", one["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Get_UnknownBatch_404ResourceNotFound (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task Get_UnknownBatch_404ResourceNotFound()
    {
        // Arrange
        var (sut, _) = await CreateSut();
        await using var __ = sut;

        // Act
        var (response, body) = await sut.GetAsync("batches/0123456789");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotFound, "Resource Not Found", "The requested resource could not be found.");
    }

    [Fact(DisplayName = "Delete_FinishedBatch_204ThenGone404AndResultsNoLongerServed (AE batches-api-openapi.yml: 204; results not available after this call)")]
    public async Task Delete_FinishedBatch_204ThenGone404AndResultsNoLongerServed()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;
        var finished = await FinishAsync(sut, gate, await SubmitAsync(sut, AddMember("na@northwind-traders.com", "a")));
        var id = finished["id"]!.GetValue<string>();

        // Act
        var (deleted, _) = await sut.SendAsync(HttpMethod.Delete, $"batches/{id}");
        var (get, body) = await sut.GetAsync($"batches/{id}");
        using var anonymous = new HttpClient();
        using var download = await anonymous.GetAsync(new Uri(finished["response_body_url"]!.GetValue<string>()), sut.Ct);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        ProblemAssert.Is(get, body, HttpStatusCode.NotFound, "Resource Not Found");
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    [Fact(DisplayName = "Delete_RunningBatch_StopsBeforeTheNextOperation (AE batches-api-openapi.yml: stops a batch request from running)")]
    public async Task Delete_RunningBatch_StopsBeforeTheNextOperation()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;
        gate.Hold();
        var id = (await SubmitAsync(sut, AddMember("oa@northwind-traders.com", "a"), AddMember("pa@northwind-traders.com", "b")))["id"]!.GetValue<string>();
        await gate.WaitForHeldAsync(sut.Ct);
        gate.Step();
        await gate.WaitForHeldAsync(sut.Ct);
        gate.Step();
        await gate.WaitForHeldAsync(sut.Ct);

        // Act
        var (deleted, _) = await sut.SendAsync(HttpMethod.Delete, $"batches/{id}");
        await gate.WaitForIdleAsync(sut.Ct);
        var (first, _) = await sut.GetAsync($"{Members.TrimStart('/')}/oa@northwind-traders.com");
        var (second, _) = await sut.GetAsync($"{Members.TrimStart('/')}/pa@northwind-traders.com");

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }

    [Fact(DisplayName = "Submit_500UnfinishedBatches_Next429TooManyRequests (https://mailchimp.com/developer/release-notes/batch-api-limit-now-considers-pending-batch-webhooks/)")]
    public async Task Submit_500UnfinishedBatches_Next429TooManyRequests()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;
        gate.Hold();
        for (var i = 0; i < 500; i++)
        {
            await SubmitAsync(sut);
        }

        // Act
        var (response, body) = await sut.PostAsync("batches", new { operations = Array.Empty<object>() });
        gate.Release();
        await gate.WaitForIdleAsync(sut.Ct);
        var (after, _) = await sut.PostAsync("batches", new { operations = Array.Empty<object>() });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.TooManyRequests, "Too Many Requests");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
