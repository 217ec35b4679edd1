using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>
/// <c>/lists/{list_id}/webhooks</c>: shape per the API reference's response schema (api-evangelist/mailchimp
/// <c>openapi/mailchimp-webhooks-api-openapi.yml</c>, spec 3.0.55; the official SDK's <c>AddWebhook</c> body), the GET check
/// of a new URL (Mailchimp's About Webhooks guide), and the errors.
/// </summary>
public sealed partial class WebhooksHandlerTests
{
    private const string Webhooks = WebhookSetup.Webhooks;

    [Fact(DisplayName = "Post_WithoutFlags_DefaultsEventsOnAndApiSourceOff (defaults documented for listWebhookAdd, Mailchimp API 1.3, thinkshout/mailchimp MCAPI.class.php; v3 documents none)")]
    public async Task Post_WithoutFlags_DefaultsEventsOnAndApiSourceOff()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);

        // Act
        var (response, body) = await sut.PostAsync(Webhooks, new { url = receiver.Url.AbsoluteUri });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^[0-9a-f]{10}$", body!["id"]!.GetValue<string>());
        Assert.Equal(receiver.Url.AbsoluteUri, body["url"]!.GetValue<string>());
        Assert.Equal(TestSandbox.ListId, body["list_id"]!.GetValue<string>());
        Assert.All(["subscribe", "unsubscribe", "profile", "cleaned", "upemail", "campaign"], e => Assert.True(body["events"]![e]!.GetValue<bool>(), e));
        Assert.True(body["sources"]!["user"]!.GetValue<bool>());
        Assert.True(body["sources"]!["admin"]!.GetValue<bool>());
        Assert.False(body["sources"]!["api"]!.GetValue<bool>());
    }

    [Fact(DisplayName = "Post_NewUrl_ChecksItWithAGetFromTheValidator (About Webhooks guide: 'our webhook validator will only send HTTP GET requests'; User-Agent recorded in gist strangeways/96b26ee7e61b9800e264b16688cce038)")]
    public async Task Post_NewUrl_ChecksItWithAGetFromTheValidator()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);

        // Act
        await sut.RegisterAsync(receiver);

        // Assert
        Assert.Equal(["MailChimp.com WebHook Validator"], receiver.Checks);
        Assert.Empty(receiver.Posts);
    }

    [Fact(DisplayName = "Post_UrlAnswering404_Returns400CouldNotVerify (text quoted in mailchimp/mailchimp-client-lib-codegen#11 and PipedreamHQ/pipedream#1289)")]
    public async Task Post_UrlAnswering404_Returns400CouldNotVerify()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        receiver.CheckStatus = 404;

        // Act
        var (response, body) = await sut.PostAsync(Webhooks, new { url = receiver.Url.AbsoluteUri });
        var (_, list) = await sut.GetAsync(Webhooks);

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", "We couldn't verify the URL is working. Please double check and try again. HTTP Code: 404");
        Assert.Equal("url", body!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(0, list!["total_items"]!.GetValue<int>());
    }

    [Fact(DisplayName = "Post_UnreachableUrl_Returns400CouldNotVerifyWithCode0 (sandbox choice: no HTTP answer reads as code 0)")]
    public async Task Post_UnreachableUrl_Returns400CouldNotVerifyWithCode0()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        var url = receiver.Url.AbsoluteUri;
        await receiver.DisposeAsync();

        // Act
        var (response, body) = await sut.PostAsync(Webhooks, new { url });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", "We couldn't verify the URL is working. Please double check and try again. HTTP Code: 0");
    }

    [Fact(DisplayName = "Post_SameUrlOtherQuery_Returns400 ('a url may only exist on a list once', API 1.3 listWebhookAdd; other query parameters refused too, mailchimp/mailchimp-client-lib-codegen#11)")]
    public async Task Post_SameUrlOtherQuery_Returns400()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        await sut.RegisterAsync(receiver);
        var other = new UriBuilder(receiver.Url) { Query = "secret=rotated" }.Uri.AbsoluteUri;

        // Act
        var (response, body) = await sut.PostAsync(Webhooks, new { url = other });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal("url", body!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Single(receiver.Checks);
    }

    [Theory(DisplayName = "Post_BadUrl_Returns400InvalidUrl (field message 'Invalid URL' quoted in mailchimp/mc-magento#320)")]
    [InlineData("ftp://example.com/hook")]
    [InlineData("not a url")]
    public async Task Post_BadUrl_Returns400InvalidUrl(string url)
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();

        // Act
        var (response, body) = await sut.PostAsync(Webhooks, new { url });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal("Invalid URL", body!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Post_WithoutUrl_Returns400OnUrl (strict reading: the spec marks nothing required, a webhook without a URL is meaningless)")]
    public async Task Post_WithoutUrl_Returns400OnUrl()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();

        // Act
        var (response, body) = await sut.PostAsync(Webhooks, new { events = new { subscribe = true } });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal("url", body!["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Post_FlagNotBoolean_Returns400SchemaMessage (wording as recorded for other fields: 'Schema describes string, NULL found instead', drewm/mailchimp-api#179)")]
    public async Task Post_FlagNotBoolean_Returns400SchemaMessage()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);

        // Act
        var (response, body) = await sut.PostAsync(Webhooks, new { url = receiver.Url.AbsoluteUri, sources = new { api = "no" } });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal("sources.api", body!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("Schema describes boolean, string found instead", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Empty(receiver.Checks);
    }

    [Fact(DisplayName = "Post_UnknownList_Returns404 (recorded 404 shape, grouparoo export-profile.js)")]
    public async Task Post_UnknownList_Returns404()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(sut.Ct);

        // Act
        var (response, body) = await sut.PostAsync("lists/nope000000/webhooks", new { url = receiver.Url.AbsoluteUri });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotFound, "Resource Not Found", "The requested resource could not be found.");
        Assert.Empty(receiver.Checks);
    }
}
