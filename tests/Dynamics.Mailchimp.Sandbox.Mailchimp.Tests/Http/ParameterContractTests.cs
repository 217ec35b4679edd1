using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Http;

/// <summary>Every parameter the sandbox does not implement answers 501 naming it instead of being dropped (issue #8, brief: fail loudly).</summary>
public sealed class ParameterContractTests
{
    private const string Members = $"lists/{TestSandbox.ListId}/members";

    private static Task<TestSandbox> CreateSut() => TestSandbox.StartAsync();

    [Theory(DisplayName = "Get_UnimplementedQueryParameter_Returns501NamingIt (documented at https://mailchimp.com/developer/marketing/api/list-members/list-members-info/ and https://mailchimp.com/developer/marketing/api/campaigns/list-campaigns/)")]
    [InlineData($"{Members}?status=unsubscribed&unsubscribed_since=2026-01-01T00:00:00Z", "unsubscribed_since")]
    [InlineData($"{Members}?vip_only=true", "vip_only")]
    [InlineData($"{Members}?email_type=html", "email_type")]
    [InlineData("campaigns?before_send_time=2026-01-01T00:00:00Z", "before_send_time")]
    [InlineData($"{Members}?since_timestamp_opt=2026-01-01T00:00:00Z", "since_timestamp_opt")]
    public async Task Get_UnimplementedQueryParameter_Returns501NamingIt(string path, string parameter)
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var (response, body) = await sut.GetAsync(path);

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented");
        Assert.Contains($"'{parameter}'", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Post_UnimplementedBodyField_Returns501AndWritesNothing (https://mailchimp.com/developer/marketing/api/list-members/add-member-to-list/ marketing_permissions)")]
    public async Task Post_UnimplementedBodyField_Returns501AndWritesNothing()
    {
        // Arrange
        await using var sut = await CreateSut();
        var write = new JsonObject
        {
            ["email_address"] = "ada@brightfield-labs.com",
            ["status"] = "subscribed",
            ["marketing_permissions"] = new JsonArray(new JsonObject { ["marketing_permission_id"] = "a1", ["enabled"] = true }),
        };

        // Act
        var (response, body) = await sut.PostAsync(Members, write);
        var (read, _) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented", "The sandbox does not implement the body field 'marketing_permissions' of POST /lists/{list_id}/members.");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact(DisplayName = "BatchSubscribe_UnimplementedMemberItemField_Returns501NamingIt (https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/ members[].location)")]
    public async Task BatchSubscribe_UnimplementedMemberItemField_Returns501NamingIt()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync($"lists/{TestSandbox.ListId}", new { members = new[] { new { email_address = "ada@brightfield-labs.com", status = "subscribed", location = new { latitude = 1.5 } } } });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented");
        Assert.Contains("'members[].location'", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Post_ImplementedFieldsOnly_IsHandledAsBefore (https://mailchimp.com/developer/marketing/api/list-members/add-member-to-list/)")]
    public async Task Post_ImplementedFieldsOnly_IsHandledAsBefore()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync($"{Members}?skip_merge_validation=true&fields=email_address", new { email_address = "ada@brightfield-labs.com", status = "subscribed", tags = new[] { "VIP" } });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ada@brightfield-labs.com", body!["email_address"]!.GetValue<string>());
    }
}
