using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Faults, request log, reset and latency over HTTP.</summary>
public sealed partial class ControlsHandlerTests
{
    [Fact(DisplayName = "Faults_PostedOverHttp_503ThenRecovers")]
    public async Task Faults_PostedOverHttp_503ThenRecovers()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.SendAsync(HttpMethod.Post, "faults", new { path_prefix = "/3.0/ping", status = 503, count = 1 }, sut.Controls);

        // Act
        var (first, body) = await sut.GetAsync("ping");
        var (second, _) = await sut.GetAsync("ping");

        // Assert
        ProblemAssert.Is(first, body, HttpStatusCode.ServiceUnavailable, "Service Unavailable");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact(DisplayName = "Requests_OverHttp_ListsApiRequestsWithAuthorizationRedacted")]
    public async Task Requests_OverHttp_ListsApiRequestsWithAuthorizationRedacted()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var response = await sut.Controls.GetAsync("requests", sut.Ct);
        var text = await response.Content.ReadAsStringAsync(sut.Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/3.0/lists/a1b2c3d4e5/members", text);
        Assert.Contains("REDACTED", text);
        Assert.DoesNotContain(sut.Sandbox.ApiKey, text);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("user:" + sut.Sandbox.ApiKey)), text);
    }

    [Fact(DisplayName = "Reset_OverHttp_DropsMembersAndRequestLog")]
    public async Task Reset_OverHttp_DropsMembersAndRequestLog()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var (reset, _) = await sut.SendAsync(HttpMethod.Post, "reset", new { }, sut.Controls);
        var logAfterReset = sut.Sandbox.Requests.Count;
        var (_, members) = await sut.GetAsync(Members);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(0, logAfterReset);
        Assert.Equal(0, members!["total_items"]!.GetValue<int>());
    }

    [Theory(DisplayName = "BatchResubscribe_PostedOverHttp_ChangesControlsValue")]
    [InlineData("report_error", BatchResubscribeBehavior.ReportError)]
    [InlineData("keep_unsubscribed", BatchResubscribeBehavior.KeepUnsubscribed)]
    public async Task BatchResubscribe_PostedOverHttp_ChangesControlsValue(string behavior, BatchResubscribeBehavior expected)
    {
        // Arrange
        await using var sut = await CreateSut();
        sut.Sandbox.Controls.BatchResubscribe = expected == BatchResubscribeBehavior.ReportError ? BatchResubscribeBehavior.KeepUnsubscribed : BatchResubscribeBehavior.ReportError;

        // Act
        var (response, body) = await sut.SendAsync(HttpMethod.Post, "batch-resubscribe", new { behavior }, sut.Controls);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(behavior, body!["behavior"]!.GetValue<string>());
        Assert.Equal(expected, sut.Sandbox.Controls.BatchResubscribe);
    }

    [Fact(DisplayName = "BatchResubscribe_UnknownBehavior_Returns400")]
    public async Task BatchResubscribe_UnknownBehavior_Returns400()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, _) = await sut.SendAsync(HttpMethod.Post, "batch-resubscribe", new { behavior = "resubscribe" }, sut.Controls);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(BatchResubscribeBehavior.KeepUnsubscribed, sut.Sandbox.Controls.BatchResubscribe);
    }

    [Fact(DisplayName = "Latency_PostedOverHttp_ChangesControlsValue")]
    public async Task Latency_PostedOverHttp_ChangesControlsValue()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.SendAsync(HttpMethod.Post, "latency", new { milliseconds = 25 }, sut.Controls);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(25, body!["milliseconds"]!.GetValue<int>());
        Assert.Equal(TimeSpan.FromMilliseconds(25), sut.Sandbox.Controls.Latency);
    }

    [Fact(DisplayName = "Unsubscribe_UnknownMember_Returns404Problem")]
    public async Task Unsubscribe_UnknownMember_Returns404Problem()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.SendAsync(HttpMethod.Post, "members/unsubscribe", new { list_id = TestSandbox.ListId, email = "nobody@brightfield-labs.com" }, sut.Controls);

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotFound, "Resource Not Found");
    }
}
