using System.Net;
using System.Net.Http.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Webhooks.Delivery;

/// <summary>Reset, delete and disposal stop delivery (sandbox rules).</summary>
public sealed partial class WebhookDispatcherTests
{
    [Fact(DisplayName = "Reset_DeliveryHeld_ClearsWebhooksAndDeliveriesAndDropsTheQueue")]
    public async Task Reset_DeliveryHeld_ClearsWebhooksAndDeliveriesAndDropsTheQueue()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;
        sut.Sandbox.Controls.SubscribeAsContact(TestSandbox.ListId, "grace@brightfield-labs.com");
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
        receiver.Hold();
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, Ada);
        await receiver.WaitForPostsAsync(2, sut.Ct);

        // Act
        var (reset, _) = await sut.SendAsync(HttpMethod.Post, "reset", new { }, sut.Controls);
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
        receiver.Release();
        var (_, webhooks) = await sut.GetAsync(WebhookSetup.Webhooks);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Empty(sut.Sandbox.Webhooks.Deliveries);
        Assert.Equal(0, webhooks!["total_items"]!.GetValue<int>());
    }

    [Fact(DisplayName = "Delete_EventWaitingOnRetry_IsNotRetried (sandbox choice: a deleted webhook gets nothing more)")]
    public async Task Delete_EventWaitingOnRetry_IsNotRetried()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;
        var (_, list) = await sut.GetAsync(WebhookSetup.Webhooks);
        var id = list!["webhooks"]![0]!["id"]!.GetValue<string>();
        receiver.Answer(500);
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, Ada);
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Act
        await sut.SendAsync(HttpMethod.Delete, $"{WebhookSetup.Webhooks}/{id}");
        sut.Time.Advance(TimeSpan.FromMinutes(5));
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Assert
        Assert.Single(sut.Sandbox.Webhooks.Deliveries);
        Assert.Single(receiver.Posts);
    }

    [Fact(DisplayName = "Dispose_DeliveryInFlight_StopsWithoutWaitingForTheReceiver")]
    public async Task Dispose_DeliveryInFlight_StopsWithoutWaitingForTheReceiver()
    {
        // Arrange
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var sandbox = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions { TimeProvider = new FakeTimeProvider() }, timeout.Token);
        await using var receiver = await WebhookReceiver.StartAsync(timeout.Token);
        using var client = new HttpClient { BaseAddress = sandbox.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", sandbox.ApiKey);
        using var created = await client.PostAsJsonAsync($"lists/{TestSandbox.ListId}/webhooks", new { url = receiver.Url.AbsoluteUri }, timeout.Token);
        receiver.Hold();
        sandbox.Controls.SubscribeAsContact(TestSandbox.ListId, Ada);
        await receiver.WaitForPostsAsync(1, timeout.Token);

        // Act
        await sandbox.DisposeAsync().AsTask().WaitAsync(timeout.Token);

        // Assert
        Assert.True(created.IsSuccessStatusCode);
        Assert.Empty(sandbox.Webhooks.Deliveries);
    }
}
