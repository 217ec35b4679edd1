using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

public sealed class ListsHandlerTests
{
    private static Task<TestSandbox> CreateSut(Action<MailchimpSandboxOptions>? configure = null) => TestSandbox.StartAsync(configure);

    [Fact(DisplayName = "Ping_Authenticated_ReturnsChimpy (https://mailchimp.com/developer/marketing/api/ping/)")]
    public async Task Ping_Authenticated_ReturnsChimpy()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync("ping");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Everything's Chimpy!", body!["health_status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "GetLists_Default_ReturnsSeededAudienceWithTotalItems (https://mailchimp.com/developer/marketing/api/lists/get-lists-info/)")]
    public async Task GetLists_Default_ReturnsSeededAudienceWithTotalItems()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync("lists");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body!["total_items"]!.GetValue<int>());
        Assert.Equal("a1b2c3d4e5", body["lists"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("Sandbox Audience", body["lists"]![0]!["name"]!.GetValue<string>());
    }

    [Fact(DisplayName = "GetLists_SeededAudiences_ReturnsEach (https://mailchimp.com/developer/marketing/api/lists/get-lists-info/)")]
    public async Task GetLists_SeededAudiences_ReturnsEach()
    {
        // Arrange
        await using var sut = await CreateSut(o =>
        {
            o.Audiences.Clear();
            o.Audiences.Add(new SandboxAudienceSeed { Id = "aaaaaaaaaa", Name = "One" });
            o.Audiences.Add(new SandboxAudienceSeed { Id = "bbbbbbbbbb", Name = "Two" });
        });

        // Act
        var (_, body) = await sut.GetAsync("lists/bbbbbbbbbb");
        var (_, all) = await sut.GetAsync("lists?count=1&offset=1");

        // Assert
        Assert.Equal("Two", body!["name"]!.GetValue<string>());
        Assert.Equal(2, all!["total_items"]!.GetValue<int>());
        Assert.Single(all["lists"]!.AsArray());
    }

    [Fact(DisplayName = "GetList_UnknownId_Returns404Problem (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task GetList_UnknownId_Returns404Problem()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync("lists/nope000000");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotFound, "Resource Not Found");
    }

    [Fact(DisplayName = "GetLists_CountAbove1000_Returns200 (https://mailchimp.com/developer/marketing/docs/methods-parameters/#pagination: count maximum 1000)")]
    public async Task GetLists_CountAbove1000_Returns200()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync("lists?count=1001");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(body!["lists"]!.AsArray());
    }

    [Fact(DisplayName = "Ping_RawBody_WritesApostropheUnescaped (https://mailchimp.com/developer/marketing/api/ping/)")]
    public async Task Ping_RawBody_WritesApostropheUnescaped()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var text = await sut.Client.GetStringAsync("ping", sut.Ct);

        // Assert
        Assert.Equal("{\"health_status\":\"Everything's Chimpy!\"}", text);
    }
}
