using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Hosting;

/// <summary>
/// Authentication and the concurrency limit.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/api-limits
/// </summary>
public sealed class AuthenticationMiddlewareTests
{
    private static Task<DataverseSandbox> CreateSut(int concurrent) =>
        Sandboxes.StartAsync(new DataverseSandboxOptions { ConcurrentRequestsPerUser = concurrent, RetryAfterSeconds = 3 });

    [Fact]
    public async Task Get_OverConcurrentLimit_Answers429WithConcurrencyCodeAndOthersComplete()
    {
        // Arrange
        await using var sut = await CreateSut(concurrent: 2);
        using var client = sut.CreateClient(sut.Tokens.ConnectorToken);
        using var admin = sut.CreateClient(sut.Tokens.AdminToken);
        sut.Gate.Close();
        var held = new[] { client.GetAsync("WhoAmI"), client.GetAsync("WhoAmI") };
        await sut.Gate.WaitForHeldAsync(2, CancellationToken.None);

        // Act
        using var refused = await client.GetAsync("WhoAmI");
        var otherUser = admin.GetAsync("WhoAmI");
        await sut.Gate.WaitForHeldAsync(3, CancellationToken.None);
        sut.Gate.Open();
        var completed = await Task.WhenAll(held.Append(otherUser));
        var body = await WebApiClient.ReadJsonAsync(refused);

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("0x80072326", WebApiClient.ErrorCode(body));
        Assert.Equal(TimeSpan.FromSeconds(3), refused.Headers.RetryAfter!.Delta);
        Assert.All(completed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in completed)
        {
            response.Dispose();
        }
    }
}
