using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Reads, updates, deletes, and the parameters the sandbox does not implement.</summary>
public sealed partial class WebhooksHandlerTests
{
    [Fact(DisplayName = "GetCollection_OneWebhook_ReturnsWebhooksListIdTotalItems (collection schema of GET /lists/{list_id}/webhooks, spec 3.0.55)")]
    public async Task GetCollection_OneWebhook_ReturnsWebhooksListIdTotalItems()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        var id = await sut.RegisterAsync(receiver);

        // Act
        var (response, body) = await sut.GetAsync(Webhooks);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestSandbox.ListId, body!["list_id"]!.GetValue<string>());
        Assert.Equal(1, body["total_items"]!.GetValue<int>());
        Assert.Equal(id, body["webhooks"]![0]!["id"]!.GetValue<string>());
    }

    [Fact(DisplayName = "GetItem_Registered_HasLinksToItselfItsListUpdateAndDelete (_links as in the response schema, spec 3.0.55)")]
    public async Task GetItem_Registered_HasLinksToItselfItsListUpdateAndDelete()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        var id = await sut.RegisterAsync(receiver);

        // Act
        var (_, body) = await sut.GetAsync($"{Webhooks}/{id}");

        // Assert
        var links = body!["_links"]!.AsArray();
        Assert.Equal(["self", "parent", "update", "delete"], links.Select(l => l!["rel"]!.GetValue<string>()));
        Assert.Equal(new Uri(sut.Sandbox.BaseAddress, $"{Webhooks}/{id}").AbsoluteUri, links[0]!["href"]!.GetValue<string>());
        Assert.Equal("PATCH", links[2]!["method"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Patch_SourcesApiOnly_ChangesThatFlagAndKeepsTheRest (PATCH body is AddWebhook, official SDK UpdateWebhookListsRequest)")]
    public async Task Patch_SourcesApiOnly_ChangesThatFlagAndKeepsTheRest()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        var id = await sut.RegisterAsync(receiver, user: true, admin: false, api: false);

        // Act
        var (response, body) = await sut.PatchAsync($"{Webhooks}/{id}", new { sources = new { api = true } });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body!["sources"]!["api"]!.GetValue<bool>());
        Assert.True(body["sources"]!["user"]!.GetValue<bool>());
        Assert.False(body["sources"]!["admin"]!.GetValue<bool>());
        Assert.Single(receiver.Checks);
    }

    [Fact(DisplayName = "Delete_Registered_Returns204ThenGet404 (Delete webhook: empty response; 404 shape recorded in grouparoo export-profile.js)")]
    public async Task Delete_Registered_Returns204ThenGet404()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        var id = await sut.RegisterAsync(receiver);

        // Act
        var (deleted, _) = await sut.SendAsync(HttpMethod.Delete, $"{Webhooks}/{id}");
        var (response, body) = await sut.GetAsync($"{Webhooks}/{id}");

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        ProblemAssert.Is(response, body, HttpStatusCode.NotFound, "Resource Not Found", "The requested resource could not be found.");
    }

    [Fact(DisplayName = "Post_SmsBetaEvent_Returns501NamingIt (the official SDK's AddWebhook.Events has sms_subscribe; not emulated)")]
    public async Task Post_SmsBetaEvent_Returns501NamingIt()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);

        // Act
        var (response, body) = await sut.PostAsync(Webhooks, new { url = receiver.Url.AbsoluteUri, events = new { sms_subscribe = true } });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented", "The sandbox does not implement the body field 'events.sms_subscribe' of POST /lists/{list_id}/webhooks.");
    }

    [Fact(DisplayName = "Post_UnknownBodyField_Returns501NamingIt (sandbox rule: never silently dropped)")]
    public async Task Post_UnknownBodyField_Returns501NamingIt()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();

        // Act
        var (response, body) = await sut.PostAsync(Webhooks, new { url = "http://127.0.0.1:1/x", secret = "s" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented", "The sandbox does not implement the body field 'secret' of POST /lists/{list_id}/webhooks.");
    }

    [Fact(DisplayName = "GetCollection_CountParameter_Returns501 (the endpoint documents no query parameters: official SDK ListWebhooksListsRequest has only list_id)")]
    public async Task GetCollection_CountParameter_Returns501()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();

        // Act
        var (response, body) = await sut.GetAsync($"{Webhooks}?count=5");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented", "The sandbox does not implement the query parameter 'count' of GET /lists/{list_id}/webhooks.");
    }
    [Fact(DisplayName = "Patch_NewUrlNotAnswering_Returns400AndKeepsTheOldUrl (a changed URL is checked like a new one; text quoted in mailchimp/mailchimp-client-lib-codegen#11)")]
    public async Task Patch_NewUrlNotAnswering_Returns400AndKeepsTheOldUrl()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        await using var other = await WebhookReceiver.StartAsync(sut.Ct);
        var id = await sut.RegisterAsync(receiver);
        other.CheckStatus = 500;

        // Act
        var (response, body) = await sut.PatchAsync($"{Webhooks}/{id}", new { url = other.Url.AbsoluteUri });
        var (_, webhook) = await sut.GetAsync($"{Webhooks}/{id}");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", "We couldn't verify the URL is working. Please double check and try again. HTTP Code: 500");
        Assert.Equal(["MailChimp.com WebHook Validator"], other.Checks);
        Assert.Equal(receiver.Url.AbsoluteUri, webhook!["url"]!.GetValue<string>());
    }
}
