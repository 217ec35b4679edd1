using System.Net;
using System.Net.Http.Headers;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Http;

/// <summary>Connection limit and injected faults. Page: https://mailchimp.com/developer/marketing/docs/fundamentals/</summary>
public sealed partial class MailchimpPipelineTests
{
    [Fact(DisplayName = "Concurrency_EleventhInFlightRequest_Returns429 (https://mailchimp.com/developer/marketing/docs/fundamentals/#connection-limits)")]
    public async Task Concurrency_EleventhInFlightRequest_Returns429()
    {
        // Arrange
        await using var sut = await CreateSut();
        sut.Sandbox.Controls.HoldRequests();
        var held = Enumerable.Range(0, 10).Select(_ => sut.Client.GetAsync("ping", sut.Ct)).ToList();
        await sut.Sandbox.Controls.WaitForHeldRequestsAsync(10, sut.Ct);

        // Act
        var (response, body) = await sut.GetAsync("ping");
        sut.Sandbox.Controls.ReleaseRequests();
        var released = await Task.WhenAll(held);

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.TooManyRequests, "Too Many Requests");
        Assert.All(released, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact(DisplayName = "Concurrency_ConfiguredLimit_AppliesAndFreesSlotsAfterCompletion")]
    public async Task Concurrency_ConfiguredLimit_AppliesAndFreesSlotsAfterCompletion()
    {
        // Arrange
        await using var sut = await CreateSut(o => o.MaxConcurrentConnections = 2);
        sut.Sandbox.Controls.HoldRequests();
        var held = Enumerable.Range(0, 2).Select(_ => sut.Client.GetAsync("ping", sut.Ct)).ToList();
        await sut.Sandbox.Controls.WaitForHeldRequestsAsync(2, sut.Ct);

        // Act
        var (third, _) = await sut.GetAsync("ping");
        sut.Sandbox.Controls.ReleaseRequests();
        await Task.WhenAll(held);
        var (afterwards, _) = await sut.GetAsync("ping");

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task HeldRequestCount_HeldRequestAbandonedByItsClient_LeavesTheGateAndIsNeverServed()
    {
        // Arrange
        await using var sut = await CreateSut();
        sut.Sandbox.Controls.HoldRequests();
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(sut.Ct);
        var held = sut.Client.PostAsync($"lists/{TestSandbox.ListId}/members", new StringContent("""{"email_address":"abandoned@brightfield-labs.com","status":"subscribed"}"""), abandon.Token);
        var kept = sut.Client.GetAsync("ping", sut.Ct);
        await sut.Sandbox.Controls.WaitForHeldRequestsAsync(2, sut.Ct);
        var heldBefore = sut.Sandbox.Controls.HeldRequestCount;

        // Act
        await abandon.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
        while (sut.Sandbox.Controls.HeldRequestCount > 1)
        {
            await Task.Delay(2, sut.Ct);
        }

        sut.Sandbox.Controls.ReleaseRequests();
        var response = await kept;
        var (member, _) = await sut.GetAsync($"lists/{TestSandbox.ListId}/members/abandoned@brightfield-labs.com");

        // Assert
        Assert.Equal(2, heldBefore);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, sut.Sandbox.Controls.HeldRequestCount);
        Assert.Equal(HttpStatusCode.NotFound, member.StatusCode);
    }

    [Fact(DisplayName = "Faults_429StormWithRetryAfter_FailsCountRequestsThenRecovers")]
    public async Task Faults_429StormWithRetryAfter_FailsCountRequestsThenRecovers()
    {
        // Arrange
        await using var sut = await CreateSut();
        sut.Sandbox.Controls.InjectFault(new FaultRule("/3.0/lists", 429, 2, RetryAfter: 3));

        // Act
        var (first, body) = await sut.GetAsync("lists");
        var (second, _) = await sut.GetAsync("lists");
        var (third, _) = await sut.GetAsync("lists");
        var (ping, _) = await sut.GetAsync("ping");

        // Assert
        ProblemAssert.Is(first, body, HttpStatusCode.TooManyRequests, "Too Many Requests");
        Assert.Equal("3", first.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
    }

    [Fact(DisplayName = "Faults_403_HasNoBody (https://mailchimp.com/developer/marketing/docs/fundamentals/)")]
    public async Task Faults_403_HasNoBody()
    {
        // Arrange
        await using var sut = await CreateSut();
        sut.Sandbox.Controls.InjectFault(new FaultRule(string.Empty, 403, 1));

        // Act
        var (response, body) = await sut.GetAsync("ping");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(body);
    }

    [Fact(DisplayName = "JsonBody_Malformed_Returns400JsonParseError (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task JsonBody_Malformed_Returns400JsonParseError()
    {
        // Arrange
        await using var sut = await CreateSut();
        using var content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");

        // Act
        var response = await sut.Client.PostAsync($"lists/{TestSandbox.ListId}/members", content, sut.Ct);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(sut.Ct));

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "JSON Parse Error");
    }
}
