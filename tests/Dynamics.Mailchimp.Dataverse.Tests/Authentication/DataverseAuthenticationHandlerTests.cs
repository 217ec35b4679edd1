using System.Net;
using Dynamics.Mailchimp.Dataverse.Authentication;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dynamics.Mailchimp.Dataverse.Tests.Authentication;

public sealed class DataverseAuthenticationHandlerTests
{
    private static (HttpMessageInvoker Invoker, RecordingHandler Inner) CreateSut()
    {
        var options = new DataverseClientOptions { EnvironmentUrl = new Uri("https://contoso.crm.dynamics.com") };
        var provider = new DataverseTokenProvider(new StaticTokenCredential("tok-1"), options, TimeProvider.System, NullLogger<DataverseTokenProvider>.Instance);
        var inner = new RecordingHandler { Fallback = _ => RecordingHandler.Empty(HttpStatusCode.OK) };
        return (new HttpMessageInvoker(new DataverseAuthenticationHandler(provider, options) { InnerHandler = inner }), inner);
    }

    [Fact]
    public async Task SendAsync_EnvironmentHost_AddsBearerToken()
    {
        // Arrange
        var (invoker, inner) = CreateSut();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://contoso.crm.dynamics.com/api/data/v9.2/WhoAmI");

        // Act
        using var response = await invoker.SendAsync(request, CancellationToken.None);

        // Assert
        Assert.Equal("Bearer " + RecordingHandler.Fingerprint("tok-1"), Assert.Single(inner.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task SendAsync_OtherHost_RefusesWithoutSending()
    {
        // Arrange
        var (invoker, inner) = CreateSut();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://attacker.example.com/collect");

        // Act
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => invoker.SendAsync(request, CancellationToken.None));

        // Assert
        Assert.Contains("attacker.example.com", error.Message, StringComparison.Ordinal);
        Assert.Empty(inner.Requests);
    }
}
