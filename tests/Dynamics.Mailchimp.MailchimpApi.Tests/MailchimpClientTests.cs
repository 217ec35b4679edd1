using System.Net;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamics.Mailchimp.MailchimpApi.Tests;

/// <summary>Request shapes and result mapping of <see cref="MailchimpClient"/>, through the real DI registration.</summary>
public sealed partial class MailchimpClientTests : IDisposable
{
    private readonly List<ServiceProvider> providers = [];

    public void Dispose()
    {
        foreach (var provider in providers)
        {
            provider.Dispose();
        }
    }

    private IMailchimpClient CreateSut(RecordingHandler handler, Action<MailchimpClientOptions>? configure = null)
    {
        var provider = TestClientFactory.CreateProvider(handler, configure);
        providers.Add(provider);
        return TestClientFactory.CreateClient(provider);
    }

    [Fact(DisplayName = "PingAsync_ApiKey_SendsBasicAuthToDataCentreHost (mailchimp.com/developer/marketing/docs/fundamentals/)")]
    public async Task PingAsync_ApiKey_SendsBasicAuthToDataCentreHost()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"health_status":"Everything's Chimpy!"}"""));
        var sut = CreateSut(handler);

        // Act
        var ping = await sut.PingAsync(CancellationToken.None);

        // Assert
        Assert.Equal("Everything's Chimpy!", ping.HealthStatus);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(new Uri("https://us19.api.mailchimp.com/3.0/ping"), request.Uri);
        Assert.Equal("Basic YW55c3RyaW5nOjAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmLXVzMTk=", request.Authorization);
    }

    [Fact]
    public async Task PingAsync_AccessToken_SendsBearerToServerPrefixHost()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"health_status":"ok"}"""));
        var sut = CreateSut(handler, options =>
        {
            options.ApiKey = null;
            options.AccessToken = "oauth-token-value";
            options.ServerPrefix = "us7";
        });

        // Act
        await sut.PingAsync(CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal("us7.api.mailchimp.com", request.Uri.Host);
        Assert.Equal("Bearer oauth-token-value", request.Authorization);
    }

    [Fact]
    public async Task PingAsync_BaseAddressOverride_UsesTheSandboxAddress()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"health_status":"ok"}"""));
        var sut = CreateSut(handler, options => options.BaseAddress = new Uri("http://127.0.0.1:5123/3.0"));

        // Act
        await sut.PingAsync(CancellationToken.None);

        // Assert
        Assert.Equal(new Uri("http://127.0.0.1:5123/3.0/ping"), Assert.Single(handler.Requests).Uri);
    }

    [Fact]
    public async Task GetListsAsync_TwoPages_ReadsBothWithCountAndOffset()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => request.Query["offset"] == "0"
            ? Responses.Json("""{"lists":[{"id":"L1","name":"One","web_id":11,"stats":{"member_count":3}}],"total_items":2}""")
            : Responses.Json("""{"lists":[{"id":"L2","name":"Two"}],"total_items":2}"""));
        var sut = CreateSut(handler, options => options.PageSize = 1);

        // Act
        var lists = await sut.GetListsAsync(CancellationToken.None).ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal(["L1", "L2"], lists.Select(list => list.Id));
        Assert.Equal(3, lists[0].Stats?.MemberCount);
        Assert.Equal(["0", "1"], handler.Requests.Select(request => request.Query["offset"]));
        Assert.All(handler.Requests, request => Assert.Equal("1", request.Query["count"]));
    }

    [Fact]
    public async Task GetListAsync_NotFound_ReturnsNull()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Problem(HttpStatusCode.NotFound, "Resource Not Found", "The requested resource could not be found."));
        var sut = CreateSut(handler);

        // Act
        var list = await sut.GetListAsync("missing", CancellationToken.None);

        // Assert
        Assert.Null(list);
        Assert.Equal("lists/missing", Assert.Single(handler.Requests).Path);
    }
}
