using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Page: https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/</summary>
public sealed partial class BatchSubscribeHandlerTests
{
    private const string Batch = $"lists/{TestSandbox.ListId}";

    private static Task<TestSandbox> CreateSut() => TestSandbox.StartAsync();

    private static JsonNode Error(JsonNode body, string email) =>
        body["errors"]!.AsArray().Single(e => e!["email_address"]!.GetValue<string>() == email)!;

    [Fact(DisplayName = "Batch_NewAndExistingWithUpdateExisting_CreatesAndUpdates (https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/)")]
    public async Task Batch_NewAndExistingWithUpdateExisting_CreatesAndUpdates()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("old@brightfield-labs.com");

        // Act
        var (response, body) = await sut.PostAsync(Batch, new
        {
            members = new object[]
            {
                new { email_address = "new@brightfield-labs.com", status = "subscribed" },
                new { email_address = "old@brightfield-labs.com", status = "unsubscribed" },
            },
            update_existing = true,
        });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body!["total_created"]!.GetValue<int>());
        Assert.Equal(1, body["total_updated"]!.GetValue<int>());
        Assert.Equal(0, body["error_count"]!.GetValue<int>());
        Assert.Equal("new@brightfield-labs.com", body["new_members"]![0]!["email_address"]!.GetValue<string>());
        Assert.Equal("unsubscribed", body["updated_members"]![0]!["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Batch_ExistingWithoutUpdateExisting_ReportsErrorContactExists (https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/)")]
    public async Task Batch_ExistingWithoutUpdateExisting_ReportsErrorContactExists()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("old@brightfield-labs.com");

        // Act
        var (response, body) = await sut.PostAsync(Batch, new { members = new[] { new { email_address = "old@brightfield-labs.com", status = "unsubscribed" } } });
        var (_, read) = await sut.GetAsync($"{Batch}/members/old@brightfield-labs.com");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body!["error_count"]!.GetValue<int>());
        Assert.Equal("ERROR_CONTACT_EXISTS", Error(body, "old@brightfield-labs.com")["error_code"]!.GetValue<string>());
        Assert.Equal("subscribed", read!["status"]!.GetValue<string>());
    }
}
