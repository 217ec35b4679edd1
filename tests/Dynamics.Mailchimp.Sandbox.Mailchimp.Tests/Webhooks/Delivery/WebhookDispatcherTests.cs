using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Webhooks.Delivery;

/// <summary>
/// Background delivery and retries. Mailchimp documents: "If the URL is unavailable or takes more than 10 seconds to
/// respond, the request is canceled and the system will try again later. Retries happen at increasing intervals over the
/// course of 75 minutes" (https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/). The intervals
/// are the sandbox's (1, 2, 4, 8, 16, 32 minutes, then dropped), timed by its fake clock: no test sleeps.
/// </summary>
public sealed partial class WebhookDispatcherTests
{
    private const string Ada = "ada@brightfield-labs.com";

    private static readonly TimeSpan[] Backoff = [.. new[] { 1, 2, 4, 8, 16, 32 }.Select(m => TimeSpan.FromMinutes(m))];

    private static async Task<(TestSandbox Sut, WebhookReceiver Receiver)> CreateSut()
    {
        var sut = await TestSandbox.StartAsync();
        var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        await sut.AddMemberAsync(Ada);
        await sut.RegisterAsync(receiver, api: true);
        return (sut, receiver);
    }

    [Fact(DisplayName = "Delivery_Receiver500ThenOk_RetriesAfterOneMinute (guide: failed requests are tried again later)")]
    public async Task Delivery_Receiver500ThenOk_RetriesAfterOneMinute()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;
        receiver.Answer(500);
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, Ada);
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
        sut.Time.Advance(TimeSpan.FromSeconds(59));
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
        var beforeRetry = sut.Sandbox.Webhooks.Deliveries;

        // Act
        sut.Time.Advance(TimeSpan.FromSeconds(1));
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Assert
        var first = Assert.Single(beforeRetry);
        Assert.Equal((1, 500, WebhookOutcome.Failed, false), (first.Attempt, first.Status, first.Outcome, first.GaveUp));
        var deliveries = sut.Sandbox.Webhooks.Deliveries;
        Assert.Equal(2, deliveries.Count);
        Assert.Equal((2, 200, WebhookOutcome.Delivered), (deliveries[1].Attempt, deliveries[1].Status, deliveries[1].Outcome));
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 9, 1, 0, TimeSpan.Zero), deliveries[1].At);
        Assert.Equal(deliveries[0].Body, deliveries[1].Body);
        Assert.Equal(2, receiver.Posts.Count);
    }

    [Fact(DisplayName = "Delivery_ConnectionRefused_RetriesSixTimesThenGivesUp (guide: retries over the course of 75 minutes, then dropped)")]
    public async Task Delivery_ConnectionRefused_RetriesSixTimesThenGivesUp()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await receiver.DisposeAsync();
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, Ada);

        // Act
        foreach (var delay in Backoff)
        {
            await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
            sut.Time.Advance(delay);
        }

        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
        sut.Time.Advance(TimeSpan.FromHours(2));
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Assert
        var deliveries = sut.Sandbox.Webhooks.Deliveries;
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], deliveries.Select(d => d.Attempt));
        Assert.All(deliveries, d => Assert.Equal((WebhookOutcome.Unreachable, (int?)null), (d.Outcome, d.Status)));
        Assert.Equal([false, false, false, false, false, false, true], deliveries.Select(d => d.GaveUp));
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 10, 3, 0, TimeSpan.Zero), deliveries[^1].At);
    }

    [Fact(DisplayName = "Delivery_ReceiverSlowerThanTenSeconds_TimesOutAndRetries (guide: 'takes more than 10 seconds to respond, the request is canceled')")]
    public async Task Delivery_ReceiverSlowerThanTenSeconds_TimesOutAndRetries()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;
        receiver.Hold();
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, Ada);
        await receiver.WaitForPostsAsync(1, sut.Ct);

        // Act
        sut.Time.Advance(TimeSpan.FromSeconds(10));
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
        receiver.Release();
        sut.Time.Advance(TimeSpan.FromMinutes(1));
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Assert
        var deliveries = sut.Sandbox.Webhooks.Deliveries;
        Assert.Equal([WebhookOutcome.TimedOut, WebhookOutcome.Delivered], deliveries.Select(d => d.Outcome));
        Assert.Null(deliveries[0].Status);
    }

    [Fact(DisplayName = "Delivery_FirstEventRetrying_LaterEventsWaitBehindIt (sandbox rule: events reach a webhook in the order they happened)")]
    public async Task Delivery_FirstEventRetrying_LaterEventsWaitBehindIt()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;
        receiver.Answer(503);
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, Ada);
        sut.Sandbox.Controls.SubscribeAsContact(TestSandbox.ListId, Ada);
        sut.Sandbox.Controls.ChangeEmail(TestSandbox.ListId, Ada, "ada.king@brightfield-labs.com");
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
        var whileWaiting = sut.Sandbox.Webhooks.Deliveries.Count;

        // Act
        sut.Time.Advance(TimeSpan.FromMinutes(1));
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Assert
        Assert.Equal(1, whileWaiting);
        Assert.Equal(["unsubscribe", "unsubscribe", "subscribe", "upemail"], sut.Sandbox.Webhooks.Deliveries.Select(d => d.Type));
        Assert.Equal(["unsubscribe", "unsubscribe", "subscribe", "upemail"], receiver.Posts.Select(p => p.Form["type"]));
    }

    [Fact(DisplayName = "ApiWrite_ReceiverHolding_AnswersWithoutWaitingForDelivery (sandbox rule: delivery is a background queue)")]
    public async Task ApiWrite_ReceiverHolding_AnswersWithoutWaitingForDelivery()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;
        receiver.Hold();

        // Act
        var (response, _) = await sut.PatchAsync($"lists/{TestSandbox.ListId}/members/{Ada}", new { status = "unsubscribed" });
        await receiver.WaitForPostsAsync(1, sut.Ct);
        var whileHeld = sut.Sandbox.Webhooks.Deliveries.Count;
        receiver.Release();
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Assert
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(0, whileHeld);
        Assert.Equal(WebhookOutcome.Delivered, Assert.Single(sut.Sandbox.Webhooks.Deliveries).Outcome);
    }
}
