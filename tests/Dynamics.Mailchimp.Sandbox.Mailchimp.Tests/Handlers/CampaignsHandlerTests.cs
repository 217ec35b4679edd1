using System.Text.Json.Nodes;
using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Page: https://mailchimp.com/developer/marketing/api/campaigns/</summary>
public sealed class CampaignsHandlerTests
{
    private static Task<TestSandbox> CreateSut() => TestSandbox.StartAsync();

    [Fact(DisplayName = "GetCampaigns_SinceSendTime_ReturnsOnlyLaterSentCampaigns (https://mailchimp.com/developer/marketing/api/campaigns/list-campaigns/)")]
    public async Task GetCampaigns_SinceSendTime_ReturnsOnlyLaterSentCampaigns()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "January");
        sut.Time.Advance(TimeSpan.FromDays(1));
        var february = sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "February");

        // Act
        var (response, body) = await sut.GetAsync($"campaigns?status=sent&since_send_time=2026-01-15T12:00:00%2B00:00&list_id={TestSandbox.ListId}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body!["total_items"]!.GetValue<int>());
        var campaign = body["campaigns"]![0]!;
        Assert.Equal(february, campaign["id"]!.GetValue<string>());
        Assert.Equal("February", campaign["settings"]!["subject_line"]!.GetValue<string>());
        Assert.Equal(TestSandbox.ListId, campaign["recipients"]!["list_id"]!.GetValue<string>());
        Assert.Equal(1, campaign["emails_sent"]!.GetValue<int>());
    }

    [Fact(DisplayName = "GetCampaigns_CountAndOffset_PagesWithTotalItems (https://mailchimp.com/developer/marketing/docs/methods-parameters/#pagination)")]
    public async Task GetCampaigns_CountAndOffset_PagesWithTotalItems()
    {
        // Arrange
        await using var sut = await CreateSut();
        for (var i = 0; i < 3; i++)
        {
            sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, $"C{i}");
        }

        // Act
        var (_, body) = await sut.GetAsync("campaigns?count=2&offset=2");

        // Assert
        Assert.Equal(3, body!["total_items"]!.GetValue<int>());
        Assert.Equal("C2", Assert.Single(body["campaigns"]!.AsArray())!["settings"]!["subject_line"]!.GetValue<string>());
    }

    [Fact(DisplayName = "GetCampaign_UnknownId_Returns404 (https://mailchimp.com/developer/marketing/api/campaigns/get-campaign-info/)")]
    public async Task GetCampaign_UnknownId_Returns404()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync("campaigns/ffffffffff");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotFound, "Resource Not Found");
    }

    [Fact(DisplayName = "GetCampaign_Sent_ReportsStatusAndSendTime (https://mailchimp.com/developer/marketing/api/campaigns/get-campaign-info/)")]
    public async Task GetCampaign_Sent_ReportsStatusAndSendTime()
    {
        // Arrange
        await using var sut = await CreateSut();
        var id = sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "Hello");

        // Act
        var (_, body) = await sut.GetAsync($"campaigns/{id}");

        // Assert
        Assert.Equal("sent", body!["status"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:00:00+00:00", body["send_time"]!.GetValue<string>());
    }

    [Fact(DisplayName = "GetCampaigns_SortBySendTimeDesc_NewestFirst (sort_field create_time|send_time, sort_dir ASC|DESC: official spec 3.0.55, api-evangelist/mailchimp openapi/mailchimp-campaigns-api-openapi.yml)")]
    public async Task GetCampaigns_SortBySendTimeDesc_NewestFirst()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "January");
        sut.Time.Advance(TimeSpan.FromDays(1));
        sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "February");

        // Act
        var (_, descending) = await sut.GetAsync("campaigns?status=sent&sort_field=send_time&sort_dir=DESC");
        var (_, ascending) = await sut.GetAsync("campaigns?status=sent&sort_field=send_time&sort_dir=ASC");

        // Assert
        string[] Subjects(JsonNode? body) => [.. body!["campaigns"]!.AsArray().Select(c => c!["settings"]!["subject_line"]!.GetValue<string>())];
        Assert.Equal(["February", "January"], Subjects(descending));
        Assert.Equal(["January", "February"], Subjects(ascending));
    }

    [Theory(DisplayName = "GetCampaigns_SortValueOutsideTheSpecEnum_Returns400 (official spec 3.0.55: sort_field create_time|send_time, sort_dir ASC|DESC)")]
    [InlineData("sort_field=title")]
    [InlineData("sort_dir=desc")]
    public async Task GetCampaigns_SortValueOutsideTheSpecEnum_Returns400(string query)
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync("campaigns?" + query);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid Resource", body!["title"]!.GetValue<string>());
    }

    [Fact(DisplayName = "GetCampaigns_BeforeSendTime_Returns501NamingIt (sandbox rule: an unimplemented parameter fails loudly)")]
    public async Task GetCampaigns_BeforeSendTime_Returns501NamingIt()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync("campaigns?before_send_time=2026-01-15T12:00:00%2B00:00");

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("before_send_time", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
