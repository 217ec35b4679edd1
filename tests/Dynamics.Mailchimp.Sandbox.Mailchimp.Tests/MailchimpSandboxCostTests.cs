using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests;

public sealed class MailchimpSandboxCostTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(7);

    private static Task<TestSandbox> CreateSut(TimerWatchingClock clock, int maxConcurrentConnections = 10) =>
        TestSandbox.StartAsync(o =>
        {
            o.LatencyClock = clock;
            o.MaxConcurrentConnections = maxConcurrentConnections;
        });

    [Fact]
    public async Task RequestCost_ApiRequest_ChargedOnceWithItsPathAndBodyWhichTheHandlerStillReads()
    {
        // Arrange
        var clock = new TimerWatchingClock();
        var cost = new RecordingCost(Delay);
        await using var sut = await CreateSut(clock);
        sut.Sandbox.Controls.RequestCost = cost;
        var json = """{"email_address":"ada@brightfield-labs.com","status":"subscribed","merge_fields":{}}""";

        // Act
        var added = sut.SendAsync(HttpMethod.Post, $"lists/{TestSandbox.ListId}/members", System.Text.Json.Nodes.JsonNode.Parse(json));
        await clock.WaitForTimerAsync(Delay, sut.Ct);
        var completedBeforeTheDelay = added.IsCompleted;
        clock.Advance(Delay);
        var (response, body) = await added;

        // Assert
        Assert.False(completedBeforeTheDelay);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ada@brightfield-labs.com", body!["email_address"]!.GetValue<string>());
        var entered = Assert.Single(cost.Entered);
        Assert.Equal($"/3.0/lists/{TestSandbox.ListId}/members", entered.Path);
        Assert.Equal(json, entered.Body);
        Assert.Equal(json, Assert.Single(sut.Sandbox.Requests).Body);
        Assert.Equal(1, cost.Left);
        Assert.Equal([Delay], clock.StartedTimers);
    }

    [Fact]
    public async Task RequestCost_HeldRequest_HoldsNoConnectionSlot()
    {
        // Arrange: one connection allowed; the first request waits in its modelled delay (the clock is not moved).
        var clock = new TimerWatchingClock();
        var cost = new RecordingCost(Delay);
        await using var sut = await CreateSut(clock, maxConcurrentConnections: 1);
        sut.Sandbox.Controls.RequestCost = cost;
        var held = sut.GetAsync("ping");
        await clock.WaitForTimerAsync(Delay, sut.Ct);
        sut.Sandbox.Controls.RequestCost = null;

        // Act
        var (response, _) = await sut.GetAsync("ping");
        clock.Advance(Delay);
        var (heldResponse, _) = await held;

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, heldResponse.StatusCode);
        Assert.Single(cost.Entered);
    }

    [Fact]
    public async Task RequestCost_ControlsRequest_NotCharged()
    {
        // Arrange
        var clock = new TimerWatchingClock();
        var cost = new RecordingCost(Delay);
        await using var sut = await CreateSut(clock);
        sut.Sandbox.Controls.RequestCost = cost;

        // Act
        var response = await sut.Controls.PostAsync("reset", null, sut.Ct);

        // Assert
        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(cost.Entered);
        Assert.Same(cost, sut.Sandbox.Controls.RequestCost);
    }
}
