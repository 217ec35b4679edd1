using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Batches;

/// <summary>
/// Pages: https://mailchimp.com/developer/marketing/api/batch-operations/ and
/// https://mailchimp.com/developer/marketing/guides/run-async-requests-batch-endpoint/ (schema: AE batches-api-openapi.yml).
/// </summary>
public sealed partial class BatchesHandlerTests
{
    private const string Members = $"/lists/{TestSandbox.ListId}/members";

    private static async Task<(TestSandbox Sut, BatchGate Gate)> CreateSut()
    {
        var gate = new BatchGate();
        return (await TestSandbox.StartAsync(o => o.BatchGate = gate), gate);
    }

    private static object AddMember(string email, string operationId) =>
        new { method = "POST", path = Members, body = new JsonObject { ["email_address"] = email, ["status"] = "subscribed" }.ToJsonString(), operation_id = operationId };

    private static async Task<JsonNode> SubmitAsync(TestSandbox sut, params object[] operations)
    {
        var (response, body) = await sut.PostAsync("batches", new { operations });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /batches failed: {body}");
        return body!;
    }

    private static async Task<JsonNode> FinishAsync(TestSandbox sut, BatchGate gate, JsonNode submitted)
    {
        await gate.WaitForIdleAsync(sut.Ct);
        var (_, body) = await sut.GetAsync($"batches/{submitted["id"]!.GetValue<string>()}");
        return body!;
    }

    [Fact(DisplayName = "Submit_TwoOperations_PendingWithEmptyCompletionThenFinishedWithCounts (AE batches-api-openapi.yml; submit response recorded in GH mailchimp/APIv3-examples/issues/26)")]
    public async Task Submit_TwoOperations_PendingWithEmptyCompletionThenFinishedWithCounts()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;

        // Act
        var submitted = await SubmitAsync(sut, AddMember("ada@northwind-traders.com", "add-ada"), new { method = "GET", path = $"{Members}/ada@northwind-traders.com", operation_id = "read-ada" });
        var finished = await FinishAsync(sut, gate, submitted);

        // Assert
        Assert.Matches("^[0-9a-f]{10}$", submitted["id"]!.GetValue<string>());
        Assert.Equal("pending", submitted["status"]!.GetValue<string>());
        Assert.Equal(0, submitted["total_operations"]!.GetValue<int>());
        Assert.Equal("2026-01-15T09:00:00+00:00", submitted["submitted_at"]!.GetValue<string>());
        Assert.Equal(string.Empty, submitted["completed_at"]!.GetValue<string>());
        Assert.Equal(string.Empty, submitted["response_body_url"]!.GetValue<string>());
        Assert.Equal("finished", finished["status"]!.GetValue<string>());
        Assert.Equal(2, finished["total_operations"]!.GetValue<int>());
        Assert.Equal(2, finished["finished_operations"]!.GetValue<int>());
        Assert.Equal(0, finished["errored_operations"]!.GetValue<int>());
        Assert.Equal("2026-01-15T09:00:00+00:00", finished["completed_at"]!.GetValue<string>());
        Assert.StartsWith(sut.Sandbox.ControlsAddress.GetLeftPart(UriPartial.Authority), finished["response_body_url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Submit_FailingOperations_CountedAsErroredWithStatusAndProblemBodyInResults (https://mailchimp.com/developer/marketing/docs/errors/; results shape: GH singer-io/tap-mailchimp@0bc4021 tap_mailchimp/sync.py)")]
    public async Task Submit_FailingOperations_CountedAsErroredWithStatusAndProblemBodyInResults()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;

        // Act
        var submitted = await SubmitAsync(
            sut,
            new { method = "GET", path = $"{Members}/nobody-here@northwind-traders.com", operation_id = "missing" },
            new { method = "POST", path = Members, body = "{\"email_address\":\"bo@northwind-traders.com\",\"status\":\"bogus\"}", operation_id = "bad-status" },
            AddMember("cy@northwind-traders.com", "fine"));
        var finished = await FinishAsync(sut, gate, submitted);
        var results = await BatchResultsReader.DownloadAsync(new Uri(finished["response_body_url"]!.GetValue<string>()), sut.Ct);

        // Assert
        Assert.Equal(3, finished["finished_operations"]!.GetValue<int>());
        Assert.Equal(2, finished["errored_operations"]!.GetValue<int>());
        var missing = results.Single(r => r["operation_id"]!.GetValue<string>() == "missing");
        Assert.Equal(404, missing["status_code"]!.GetValue<int>());
        var problem = JsonNode.Parse(missing["response"]!.GetValue<string>())!;
        Assert.Equal("Resource Not Found", problem["title"]!.GetValue<string>());
        Assert.Equal(404, problem["status"]!.GetValue<int>());
        var badStatus = results.Single(r => r["operation_id"]!.GetValue<string>() == "bad-status");
        Assert.Equal(400, badStatus["status_code"]!.GetValue<int>());
        Assert.Equal("Invalid Resource", JsonNode.Parse(badStatus["response"]!.GetValue<string>())!["title"]!.GetValue<string>());
        Assert.Equal(200, results.Single(r => r["operation_id"]!.GetValue<string>() == "fine")["status_code"]!.GetValue<int>());
    }

    [Fact(DisplayName = "Results_Archive_IsGzippedTarOfJsonArraysWithOperationIdAndResponseString (GH thorning/node-mailchimp@fea3b8b index.js; GH singer-io/tap-mailchimp@0bc4021 tap_mailchimp/sync.py)")]
    public async Task Results_Archive_IsGzippedTarOfJsonArraysWithOperationIdAndResponseString()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;
        await sut.AddMemberAsync("di@northwind-traders.com");

        // Act
        var finished = await FinishAsync(sut, gate, await SubmitAsync(
            sut,
            AddMember("ed@northwind-traders.com", "op-1"),
            new { method = "POST", path = $"{Members}/di@northwind-traders.com/tags", body = "{\"tags\":[{\"name\":\"vip\",\"status\":\"active\"}]}", operation_id = "op-2" }));
        var results = await BatchResultsReader.DownloadAsync(new Uri(finished["response_body_url"]!.GetValue<string>()), sut.Ct);

        // Assert
        Assert.Equal(["op-1", "op-2"], results.Select(r => r["operation_id"]!.GetValue<string>()));
        Assert.All(results, r => Assert.Equal(["status_code", "operation_id", "response"], r.Select(p => p.Key)));
        var created = JsonNode.Parse(results[0]["response"]!.GetValue<string>())!;
        Assert.Equal("ed@northwind-traders.com", created["email_address"]!.GetValue<string>());
        Assert.Equal(204, results[1]["status_code"]!.GetValue<int>());
        Assert.Equal(string.Empty, results[1]["response"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Results_Url_NeedsNoKeyWhileBatchEndpointsDo (response_body_url is a pre-signed URL: GH singer-io/tap-mailchimp@0bc4021 tap_mailchimp/client.py sends no key to the s3 URL)")]
    public async Task Results_Url_NeedsNoKeyWhileBatchEndpointsDo()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;
        var finished = await FinishAsync(sut, gate, await SubmitAsync(sut, AddMember("fa@northwind-traders.com", "op")));
        using var anonymous = new HttpClient { BaseAddress = sut.Sandbox.BaseAddress };

        // Act
        using var download = await anonymous.GetAsync(new Uri(finished["response_body_url"]!.GetValue<string>()), sut.Ct);
        var (post, postBody) = await sut.SendAsync(HttpMethod.Post, "batches", new { operations = Array.Empty<object>() }, anonymous);
        var (get, getBody) = await sut.SendAsync(HttpMethod.Get, $"batches/{finished["id"]!.GetValue<string>()}", client: anonymous);

        // Assert
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/x-gzip", download.Content.Headers.ContentType?.MediaType);
        ProblemAssert.Is(post, postBody, HttpStatusCode.Unauthorized, "API Key Missing");
        ProblemAssert.Is(get, getBody, HttpStatusCode.Unauthorized, "API Key Missing");
    }

    [Fact(DisplayName = "Operations_RunThroughTheApiPipeline_ParamsBecomeTheQueryAndEachIsRecorded (https://mailchimp.com/developer/marketing/guides/run-async-requests-batch-endpoint/)")]
    public async Task Operations_RunThroughTheApiPipeline_ParamsBecomeTheQueryAndEachIsRecorded()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;
        await sut.AddMemberAsync("ga@northwind-traders.com");
        await sut.AddMemberAsync("ha@northwind-traders.com");

        // Act
        var finished = await FinishAsync(sut, gate, await SubmitAsync(sut, new { method = "GET", path = Members, @params = new { count = 1, fields = "members.email_address,total_items" }, operation_id = "page" }));
        var results = await BatchResultsReader.DownloadAsync(new Uri(finished["response_body_url"]!.GetValue<string>()), sut.Ct);

        // Assert
        var page = JsonNode.Parse(results.Single()["response"]!.GetValue<string>())!;
        Assert.Single(page["members"]!.AsArray());
        Assert.Equal(2, page["total_items"]!.GetValue<int>());
        Assert.Null(page["members"]![0]!["status"]);
        Assert.Contains(sut.Sandbox.Requests, r => r.Method == "GET" && r.Path == $"/3.0{Members}" && r.Query.Contains("count=1", StringComparison.Ordinal));
    }
}
