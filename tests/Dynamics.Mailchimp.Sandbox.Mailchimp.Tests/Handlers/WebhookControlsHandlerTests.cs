using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>The webhook controls under /_sandbox/ (no API key): the contact's own edits and the delivery log.</summary>
public sealed class WebhookControlsHandlerTests
{
    private const string Ada = "ada@brightfield-labs.com";

    [Fact(DisplayName = "GetDeliveries_AfterOneEvent_ListsTheAttemptInSnakeCase")]
    public async Task GetDeliveries_AfterOneEvent_ListsTheAttemptInSnakeCase()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        var id = await sut.RegisterAsync(receiver);
        sut.Sandbox.Controls.SubscribeAsContact(TestSandbox.ListId, Ada);
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Act
        var (response, body) = await sut.SendAsync(HttpMethod.Get, "webhooks/deliveries", client: sut.Controls);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivery = Assert.Single(body!.AsArray())!;
        Assert.Equal(id, delivery["webhook_id"]!.GetValue<string>());
        Assert.Equal(receiver.Url.AbsoluteUri, delivery["url"]!.GetValue<string>());
        Assert.Equal("subscribe", delivery["type"]!.GetValue<string>());
        Assert.Equal(1, delivery["attempt"]!.GetValue<int>());
        Assert.Equal(200, delivery["status"]!.GetValue<int>());
        Assert.Equal("delivered", delivery["outcome"]!.GetValue<string>());
        Assert.False(delivery["gave_up"]!.GetValue<bool>());
        Assert.Equal("type", delivery["form"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(receiver.Posts[0].Body, delivery["body"]!.GetValue<string>());
    }

    [Fact(DisplayName = "PostEmail_AddressTaken_Returns400MemberExists (same rule as an API rename: brandonseydel/MailChimp.Net#201)")]
    public async Task PostEmail_AddressTaken_Returns400MemberExists()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await sut.AddMemberAsync(Ada);
        await sut.AddMemberAsync("grace@brightfield-labs.com");

        // Act
        var (response, body) = await sut.SendAsync(HttpMethod.Post, "members/email", new { list_id = TestSandbox.ListId, email = Ada, new_email = "grace@brightfield-labs.com" }, sut.Controls);

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Member Exists");
    }

    [Fact(DisplayName = "PostProfile_NewLastName_StoresItAndBumpsLastChanged")]
    public async Task PostProfile_NewLastName_StoresItAndBumpsLastChanged()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await sut.AddMemberAsync(Ada);
        sut.Time.Advance(TimeSpan.FromMinutes(2));

        // Act
        await sut.SendAsync(HttpMethod.Post, "members/profile", new { list_id = TestSandbox.ListId, email = Ada, merge_fields = new { LNAME = "King" } }, sut.Controls);
        var (_, member) = await sut.GetAsync($"lists/{TestSandbox.ListId}/members/{Ada}");

        // Assert
        Assert.Equal("King", member!["merge_fields"]!["LNAME"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:02:00+00:00", member["last_changed"]!.GetValue<string>());
    }
}
