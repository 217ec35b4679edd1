using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>The HTTP controls under /_sandbox/ (no API key).</summary>
public sealed partial class ControlsHandlerTests
{
    private const string Members = $"lists/{TestSandbox.ListId}/members";

    private static Task<TestSandbox> CreateSut() => TestSandbox.StartAsync();

    [Fact(DisplayName = "Unsubscribe_WithoutApiKey_UnsubscribesAndBumpsLastChanged")]
    public async Task Unsubscribe_WithoutApiKey_UnsubscribesAndBumpsLastChanged()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        sut.Time.Advance(TimeSpan.FromMinutes(3));

        // Act
        var (response, _) = await sut.SendAsync(HttpMethod.Post, "members/unsubscribe", new { list_id = TestSandbox.ListId, email = "ada@brightfield-labs.com", reason = "Spam" }, sut.Controls);
        var (_, member) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("unsubscribed", member!["status"]!.GetValue<string>());
        Assert.Equal("Spam", member["unsubscribe_reason"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:03:00+00:00", member["last_changed"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Bounce_Hard_CleansMember")]
    public async Task Bounce_Hard_CleansMember()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        await sut.SendAsync(HttpMethod.Post, "members/bounce", new { list_id = TestSandbox.ListId, email = "ada@brightfield-labs.com" }, sut.Controls);
        var (_, member) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

        // Assert
        Assert.Equal("cleaned", member!["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Subscribe_AsContact_LiftsComplianceHold")]
    public async Task Subscribe_AsContact_LiftsComplianceHold()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, "ada@brightfield-labs.com");
        await sut.SendAsync(HttpMethod.Post, "members/subscribe", new { list_id = TestSandbox.ListId, email = "ada@brightfield-labs.com" }, sut.Controls);
        await sut.PatchAsync($"{Members}/ada@brightfield-labs.com", new { status = "unsubscribed" });

        // Act
        var (response, member) = await sut.PatchAsync($"{Members}/ada@brightfield-labs.com", new { status = "subscribed" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("subscribed", member!["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "CampaignSendOpenClick_OverHttp_AppearInEmailActivity")]
    public async Task CampaignSendOpenClick_OverHttp_AppearInEmailActivity()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        var (_, campaign) = await sut.SendAsync(HttpMethod.Post, "campaigns/send", new { list_id = TestSandbox.ListId, subject = "Hi", recipients = new[] { "ada@brightfield-labs.com" } }, sut.Controls);
        var id = campaign!["id"]!.GetValue<string>();

        // Act
        var (open, _) = await sut.SendAsync(HttpMethod.Post, $"campaigns/{id}/open", new { email = "ada@brightfield-labs.com" }, sut.Controls);
        await sut.SendAsync(HttpMethod.Post, $"campaigns/{id}/click", new { email = "ada@brightfield-labs.com", url = "https://example.com/x" }, sut.Controls);
        var (_, report) = await sut.GetAsync($"reports/{id}/email-activity");

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, open.StatusCode);
        Assert.Equal(2, report!["emails"]![0]!["activity"]!.AsArray().Count);
    }

    [Fact(DisplayName = "Engagement_EveryRecipient_OpensAndClicksOneSecondApart (sandbox control; the report shape as https://mailchimp.com/developer/marketing/api/email-activity-reports/list-email-activity/)")]
    public async Task Engagement_EveryRecipient_OpensAndClicksOneSecondApart()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        await sut.AddMemberAsync("grace@brightfield-labs.com");
        var id = sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "News");

        // Act
        var (response, body) = await sut.SendAsync(HttpMethod.Post, $"campaigns/{id}/engagement", new { opens = 2, clicks = 1, url = "https://brightfield-labs.com/x" }, sut.Controls);
        var (_, report) = await sut.GetAsync($"reports/{id}/email-activity");

        // Assert
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, body!["events"]!.GetValue<int>());
        var activity = report!["emails"]![0]!["activity"]!.AsArray();
        Assert.Equal(["open", "open", "click"], activity.Select(a => a!["action"]!.GetValue<string>()));
        Assert.Equal(3, activity.Select(a => a!["timestamp"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal("https://brightfield-labs.com/x", activity[2]!["url"]!.GetValue<string>());
    }
}
