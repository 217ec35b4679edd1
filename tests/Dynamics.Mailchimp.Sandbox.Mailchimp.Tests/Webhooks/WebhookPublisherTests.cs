using Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Webhooks;

/// <summary>
/// Which changes become events and for which webhooks: API writes are source <c>api</c> and only reach webhooks with
/// <c>sources.api</c> on (the API reference: "Whether the webhook is triggered by actions initiated via the API"), which is
/// what the connector's loop guard relies on; campaign events ignore sources (About Webhooks guide: "these events can not
/// be limited by source").
/// </summary>
public sealed class WebhookPublisherTests
{
    private const string Ada = "ada@brightfield-labs.com";
    private const string Members = $"lists/{TestSandbox.ListId}/members";

    private static async Task<(TestSandbox Sut, WebhookReceiver Receiver)> CreateSut(bool api)
    {
        var sut = await TestSandbox.StartAsync();
        var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        await sut.RegisterAsync(receiver, api: api);
        return (sut, receiver);
    }

    private static async Task<string[]> DeliveredTypesAsync(TestSandbox sut)
    {
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
        return [.. sut.Sandbox.Webhooks.Deliveries.Select(d => d.Type)];
    }

    [Fact(DisplayName = "ApiWrites_SourcesApiOff_DeliverNothing (loop guard: the connector registers with sources.api=false)")]
    public async Task ApiWrites_SourcesApiOff_DeliverNothing()
    {
        // Arrange
        var (sut, receiver) = await CreateSut(api: false);
        await using var _ = sut;
        await using var __ = receiver;

        // Act
        await sut.AddMemberAsync(Ada);
        await sut.PatchAsync($"{Members}/{Ada}", new { merge_fields = new { FNAME = "Ada" } });
        await sut.PatchAsync($"{Members}/{Ada}", new { status = "unsubscribed" });
        sut.Sandbox.Controls.SubscribeAsContact(TestSandbox.ListId, "grace@brightfield-labs.com");

        // Assert: only the contact's own subscribe, which was queued after the API writes.
        Assert.Equal(["subscribe"], await DeliveredTypesAsync(sut));
    }

    [Fact(DisplayName = "ApiWrites_SourcesApiOn_DeliverSubscribeProfileUnsubscribe (API member writes that change status or profile)")]
    public async Task ApiWrites_SourcesApiOn_DeliverSubscribeProfileUnsubscribe()
    {
        // Arrange
        var (sut, receiver) = await CreateSut(api: true);
        await using var _ = sut;
        await using var __ = receiver;

        // Act
        await sut.AddMemberAsync(Ada);
        await sut.PatchAsync($"{Members}/{Ada}", new { merge_fields = new { FNAME = "Ada" } });
        await sut.PatchAsync($"{Members}/{Ada}", new { status = "unsubscribed" });
        await sut.PutAsync($"{Members}/{Ada}", new { email_address = Ada, status = "subscribed" });

        // Assert
        Assert.Equal(["subscribe", "profile", "unsubscribe", "subscribe"], await DeliveredTypesAsync(sut));
    }

    [Fact(DisplayName = "ApiWrite_NothingChanged_DeliversNothing (sandbox choice: an event per change, none for a write that changes nothing)")]
    public async Task ApiWrite_NothingChanged_DeliversNothing()
    {
        // Arrange
        var (sut, receiver) = await CreateSut(api: true);
        await using var _ = sut;
        await using var __ = receiver;
        await sut.AddMemberAsync(Ada, mergeFields: new { FNAME = "Ada" });
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Act
        await sut.PatchAsync($"{Members}/{Ada}", new { merge_fields = new { FNAME = "Ada" }, status = "subscribed" });

        // Assert
        Assert.Equal(["subscribe"], await DeliveredTypesAsync(sut));
    }

    [Fact(DisplayName = "ApiRename_SourcesApiOn_DeliversUpemail (upemail for an address change through PATCH)")]
    public async Task ApiRename_SourcesApiOn_DeliversUpemail()
    {
        // Arrange
        var (sut, receiver) = await CreateSut(api: true);
        await using var _ = sut;
        await using var __ = receiver;
        await sut.AddMemberAsync(Ada);

        // Act
        await sut.PatchAsync($"{Members}/{Ada}", new { email_address = "ada.king@brightfield-labs.com" });

        // Assert
        Assert.Equal(["subscribe", "upemail"], await DeliveredTypesAsync(sut));
        Assert.Equal(Ada, sut.Sandbox.Webhooks.Deliveries[1].Field("data[old_email]"));
    }

    [Fact(DisplayName = "BatchSubscribe_SourcesApiOn_DeliversSubscribePerNewMember (batch subscribe is an API write)")]
    public async Task BatchSubscribe_SourcesApiOn_DeliversSubscribePerNewMember()
    {
        // Arrange
        var (sut, receiver) = await CreateSut(api: true);
        await using var _ = sut;
        await using var __ = receiver;

        // Act
        await sut.PostAsync($"lists/{TestSandbox.ListId}", new
        {
            members = new[] { new { email_address = Ada, status = "subscribed" }, new { email_address = "grace@brightfield-labs.com", status = "pending" } },
        });

        // Assert: the pending member has not opted in yet, so only one subscribe.
        Assert.Equal(["subscribe"], await DeliveredTypesAsync(sut));
        Assert.Equal(Ada, sut.Sandbox.Webhooks.Deliveries[0].Field("data[email]"));
    }

    [Fact(DisplayName = "BatchOperations_SourcesApiOffThenOn_OnlyTheLaterOneDelivers (operations of POST /batches are API writes too)")]
    public async Task BatchOperations_SourcesApiOffThenOn_OnlyTheLaterOneDelivers()
    {
        // Arrange
        var gate = new BatchGate();
        await using var sut = await TestSandbox.StartAsync(o => o.BatchGate = gate);
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        var hookId = await sut.RegisterAsync(receiver, api: false);
        var add = new { method = "POST", path = $"/lists/{TestSandbox.ListId}/members", body = $"{{\"email_address\":\"{Ada}\",\"status\":\"subscribed\"}}" };
        await sut.PostAsync("batches", new { operations = new[] { add } });
        await gate.WaitForIdleAsync(sut.Ct);

        // Act
        await sut.PatchAsync($"{WebhookSetup.Webhooks}/{hookId}", new { sources = new { api = true } });
        var edit = new { method = "PATCH", path = $"/lists/{TestSandbox.ListId}/members/{Ada}", body = "{\"merge_fields\":{\"FNAME\":\"Ada\"}}" };
        await sut.PostAsync("batches", new { operations = new[] { edit } });
        await gate.WaitForIdleAsync(sut.Ct);

        // Assert
        Assert.Equal(["profile"], await DeliveredTypesAsync(sut));
    }

    [Fact(DisplayName = "CampaignSend_SourcesAllOff_StillDelivers (About Webhooks guide: campaign events cannot be limited by source)")]
    public async Task CampaignSend_SourcesAllOff_StillDelivers()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        await sut.RegisterAsync(receiver, user: false, admin: false, api: false);

        // Act
        sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "News");
        sut.Sandbox.Controls.SubscribeAsContact(TestSandbox.ListId, Ada);

        // Assert
        Assert.Equal(["campaign"], await DeliveredTypesAsync(sut));
    }

    [Fact(DisplayName = "Event_EventFlagOff_NotDelivered (events.<type> = false: 'Whether the webhook is triggered when ...')")]
    public async Task Event_EventFlagOff_NotDelivered()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        await sut.PostAsync(WebhookSetup.Webhooks, new { url = receiver.Url.AbsoluteUri, events = new { subscribe = false } });

        // Act
        sut.Sandbox.Controls.SubscribeAsContact(TestSandbox.ListId, Ada);
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, Ada);

        // Assert
        Assert.Equal(["unsubscribe"], await DeliveredTypesAsync(sut));
    }

    [Fact(DisplayName = "Event_OtherList_NotDelivered (a webhook belongs to one list)")]
    public async Task Event_OtherList_NotDelivered()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync(o => o.Audiences.Add(new SandboxAudienceSeed { Id = "bbbbbbbbbb", Name = "Two" }));
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        await sut.RegisterAsync(receiver);

        // Act
        sut.Sandbox.Controls.SubscribeAsContact("bbbbbbbbbb", Ada);
        sut.Sandbox.Controls.SubscribeAsContact(TestSandbox.ListId, "grace@brightfield-labs.com");

        // Assert
        Assert.Equal(["subscribe"], await DeliveredTypesAsync(sut));
        Assert.Equal("grace@brightfield-labs.com", sut.Sandbox.Webhooks.Deliveries[0].Field("data[email]"));
    }
}
