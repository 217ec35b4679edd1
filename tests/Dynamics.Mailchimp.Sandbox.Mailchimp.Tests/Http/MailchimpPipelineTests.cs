using System.Net;
using System.Net.Http.Headers;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Http;

public sealed partial class MailchimpPipelineTests
{
    private static Task<TestSandbox> CreateSut(Action<MailchimpSandboxOptions>? configure = null) => TestSandbox.StartAsync(configure);

    [Fact(DisplayName = "Auth_NoAuthorization_Returns401ApiKeyMissing (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task Auth_NoAuthorization_Returns401ApiKeyMissing()
    {
        // Arrange
        await using var sut = await CreateSut();
        using var anonymous = new HttpClient { BaseAddress = sut.Sandbox.BaseAddress };

        // Act
        var (response, body) = await sut.SendAsync(HttpMethod.Get, "ping", client: anonymous);

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.Unauthorized, "API Key Missing");
    }

    [Fact(DisplayName = "Auth_WrongKey_Returns401ApiKeyInvalid (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task Auth_WrongKey_Returns401ApiKeyInvalid()
    {
        // Arrange
        await using var sut = await CreateSut();
        using var wrong = new HttpClient { BaseAddress = sut.Sandbox.BaseAddress };
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("user:ffffffffffffffffffffffffffffffff-us1"u8.ToArray()));

        // Act
        var (response, body) = await sut.SendAsync(HttpMethod.Get, "ping", client: wrong);

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.Unauthorized, "API Key Invalid");
    }

    [Fact(DisplayName = "Auth_BearerWithKey_Returns200 (https://mailchimp.com/developer/marketing/guides/access-user-data-oauth-2/)")]
    public async Task Auth_BearerWithKey_Returns200()
    {
        // Arrange
        await using var sut = await CreateSut(o => o.ApiKey = "abcdefabcdefabcdefabcdefabcdef12-us5");
        using var bearer = new HttpClient { BaseAddress = sut.Sandbox.BaseAddress };
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "abcdefabcdefabcdefabcdefabcdef12-us5");

        // Act
        var (response, _) = await sut.SendAsync(HttpMethod.Get, "ping", client: bearer);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact(DisplayName = "Fallback_UnknownEndpoint_Returns501NamingMethodAndPath")]
    public async Task Fallback_UnknownEndpoint_Returns501NamingMethodAndPath()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync("automations");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented", "GET /3.0/automations is not implemented in the emulator.");
    }

    [Fact(DisplayName = "Fallback_KnownPathUnknownMethod_Returns501")]
    public async Task Fallback_KnownPathUnknownMethod_Returns501()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.SendAsync(HttpMethod.Delete, $"lists/{TestSandbox.ListId}");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented", $"DELETE /3.0/lists/{TestSandbox.ListId} is not implemented in the emulator.");
    }
}
