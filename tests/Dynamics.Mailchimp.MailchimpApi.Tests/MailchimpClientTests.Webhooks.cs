using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.MailchimpApi.Models.Webhooks;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests;

public sealed partial class MailchimpClientTests
{
    private const string WebhookJson =
        """{"id":"ab12cd34","url":"https://dmc.example.org/webhooks/mailchimp/L1/s3cr3t","events":{"subscribe":true,"unsubscribe":true,"profile":true,"cleaned":true,"upemail":true,"campaign":false},"sources":{"user":true,"admin":true,"api":false},"list_id":"L1","_links":[]}""";

    [Fact(DisplayName = "GetWebhooksAsync_OneCall_ReadsEventsAndSources (mailchimp.com/developer/marketing/api/list-webhooks/list-webhooks/)")]
    public async Task GetWebhooksAsync_OneCall_ReadsEventsAndSources()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json($$"""{"webhooks":[{{WebhookJson}}],"list_id":"L1","total_items":1,"_links":[]}"""));
        var sut = CreateSut(handler);

        // Act
        var webhooks = await sut.GetWebhooksAsync("L1", CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal("lists/L1/webhooks", request.Path);
        var webhook = Assert.Single(webhooks);
        Assert.Equal("ab12cd34", webhook.Id);
        Assert.True(webhook.Events.Upemail);
        Assert.False(webhook.Events.Campaign);
        Assert.True(webhook.Sources.Admin);
        Assert.False(webhook.Sources.Api);
    }

    [Fact(DisplayName = "CreateWebhookAsync_PostsUrlEventsAndSourcesInSnakeCase (mailchimp.com/developer/marketing/api/list-webhooks/add-webhook/)")]
    public async Task CreateWebhookAsync_PostsUrlEventsAndSourcesInSnakeCase()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json(WebhookJson));
        var sut = CreateSut(handler);
        var definition = new WebhookDefinition(
            "https://dmc.example.org/webhooks/mailchimp/L1/s3cr3t",
            new WebhookEvents { Subscribe = true, Unsubscribe = true, Profile = true, Cleaned = true, Upemail = true },
            new WebhookSources { User = true, Admin = true });

        // Act
        var webhook = await sut.CreateWebhookAsync("L1", definition, CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("lists/L1/webhooks", request.Path);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal(definition.Url, body.RootElement.GetProperty("url").GetString());
        Assert.True(body.RootElement.GetProperty("events").GetProperty("upemail").GetBoolean());
        Assert.False(body.RootElement.GetProperty("events").GetProperty("campaign").GetBoolean());
        Assert.False(body.RootElement.GetProperty("sources").GetProperty("api").GetBoolean());
        Assert.Equal("ab12cd34", webhook.Id);
    }

    [Fact]
    public async Task CreateWebhookAsync_ServerError_IsNotRetried()
    {
        // Arrange: a create is not idempotent, so a 503 is reported, not sent again.
        var handler = new RecordingHandler((_, _) => Responses.Problem(System.Net.HttpStatusCode.ServiceUnavailable, "Service Unavailable", "try later"));
        var sut = CreateSut(handler);

        // Act
        var act = () => sut.CreateWebhookAsync("L1", new WebhookDefinition("https://x.example.org/h", new WebhookEvents(), new WebhookSources()), CancellationToken.None);

        // Assert
        await Assert.ThrowsAsync<MailchimpApiException>(act);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task DeleteWebhookAsync_SendsDeleteToTheWebhook()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.NoContent());
        var sut = CreateSut(handler);

        // Act
        await sut.DeleteWebhookAsync("L1", "ab12cd34", CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal("lists/L1/webhooks/ab12cd34", request.Path);
    }
}
