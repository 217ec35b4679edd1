using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Pages: https://mailchimp.com/developer/marketing/api/email-activity-reports/, https://mailchimp.com/developer/marketing/api/unsub-reports/, https://mailchimp.com/developer/marketing/api/sent-to-reports/</summary>
public sealed class ReportsHandlerTests
{
    private static Task<TestSandbox> CreateSut() => TestSandbox.StartAsync();

    [Fact(DisplayName = "EmailActivity_Since_ReturnsOnlyLaterOpensAndClicks (https://mailchimp.com/developer/marketing/api/email-activity-reports/list-email-activity/)")]
    public async Task EmailActivity_Since_ReturnsOnlyLaterOpensAndClicks()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        await sut.AddMemberAsync("grace@brightfield-labs.com");
        var id = sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "News");
        sut.Sandbox.Controls.Open(id, "grace@brightfield-labs.com");
        sut.Time.Advance(TimeSpan.FromHours(1));
        sut.Sandbox.Controls.Open(id, "ada@brightfield-labs.com");
        sut.Sandbox.Controls.Click(id, "ada@brightfield-labs.com", "https://example.com/engines");

        // Act
        var (_, body) = await sut.GetAsync($"reports/{id}/email-activity?since=2026-01-15T09:30:00%2B00:00");
        var (_, all) = await sut.GetAsync($"reports/{id}/email-activity");

        // Assert
        var email = Assert.Single(body!["emails"]!.AsArray())!;
        Assert.Equal("ada@brightfield-labs.com", email["email_address"]!.GetValue<string>());
        var actions = email["activity"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(["open", "click"], actions);
        Assert.Equal("https://example.com/engines", email["activity"]![1]!["url"]!.GetValue<string>());
        Assert.Equal(2, all!["total_items"]!.GetValue<int>());
        Assert.Equal(id, body["campaign_id"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Unsubscribed_AfterContactUnsubscribes_ListsReason (https://mailchimp.com/developer/marketing/api/unsub-reports/list-unsubscribed-members/)")]
    public async Task Unsubscribed_AfterContactUnsubscribes_ListsReason()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        var id = sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "News");
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, "ada@brightfield-labs.com", "Too many emails");

        // Act
        var (_, body) = await sut.GetAsync($"reports/{id}/unsubscribed");

        // Assert
        var item = Assert.Single(body!["unsubscribes"]!.AsArray())!;
        Assert.Equal("ada@brightfield-labs.com", item["email_address"]!.GetValue<string>());
        Assert.Equal("Too many emails", item["reason"]!.GetValue<string>());
        Assert.Equal(1, body["total_items"]!.GetValue<int>());
    }

    [Fact(DisplayName = "SentTo_AfterHardBounce_ReportsHardStatus (https://mailchimp.com/developer/marketing/api/sent-to-reports/list-campaign-recipients/)")]
    public async Task SentTo_AfterHardBounce_ReportsHardStatus()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        await sut.AddMemberAsync("grace@brightfield-labs.com");
        var id = sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "News");
        sut.Sandbox.Controls.Bounce(TestSandbox.ListId, "grace@brightfield-labs.com", hard: true, campaignId: id);

        // Act
        var (_, body) = await sut.GetAsync($"reports/{id}/sent-to");

        // Assert
        var statuses = body!["sent_to"]!.AsArray().ToDictionary(s => s!["email_address"]!.GetValue<string>(), s => s!["status"]!.GetValue<string>());
        Assert.Equal("sent", statuses["ada@brightfield-labs.com"]);
        Assert.Equal("hard", statuses["grace@brightfield-labs.com"]);
    }

    [Fact(DisplayName = "EmailActivity_CountAndOffset_PagesRecipientsWithTotalItems (https://mailchimp.com/developer/marketing/api/email-activity-reports/list-email-activity/, https://mailchimp.com/developer/marketing/docs/methods-parameters/#pagination)")]
    public async Task EmailActivity_CountAndOffset_PagesRecipientsWithTotalItems()
    {
        // Arrange: three recipients, one of whom opened; without since each recipient is listed (sandbox choice: the page is
        // silent on recipients without activity; they carry an empty activity array here).
        await using var sut = await CreateSut();
        foreach (var name in new[] { "ada", "grace", "edsger" })
        {
            await sut.AddMemberAsync($"{name}@brightfield-labs.com");
        }

        var id = sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "News");
        sut.Sandbox.Controls.Open(id, "edsger@brightfield-labs.com");

        // Act
        var (_, first) = await sut.GetAsync($"reports/{id}/email-activity?count=2&offset=0");
        var (_, second) = await sut.GetAsync($"reports/{id}/email-activity?count=2&offset=2");

        // Assert
        Assert.Equal((3, 3), (first!["total_items"]!.GetValue<int>(), second!["total_items"]!.GetValue<int>()));
        Assert.Equal(2, first["emails"]!.AsArray().Count);
        Assert.Empty(first["emails"]![0]!["activity"]!.AsArray());
        var last = Assert.Single(second["emails"]!.AsArray())!;
        Assert.Equal("edsger@brightfield-labs.com", last["email_address"]!.GetValue<string>());
        Assert.Equal("open", Assert.Single(last["activity"]!.AsArray())!["action"]!.GetValue<string>());
    }

    [Fact(DisplayName = "EmailActivity_UnknownParameter_Returns501NamingIt (sandbox rule: an unimplemented parameter fails loudly)")]
    public async Task EmailActivity_UnknownParameter_Returns501NamingIt()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        var id = sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "News");

        // Act
        var (response, body) = await sut.GetAsync($"reports/{id}/email-activity?activity_type=open");

        // Assert
        Assert.Equal(System.Net.HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("activity_type", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
