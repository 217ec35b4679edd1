using Azure.Core;
using Dynamics.Mailchimp.Dataverse.Authentication;
using Dynamics.Mailchimp.Dataverse.Errors;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Dataverse.Tests.Authentication;

public sealed class DataverseTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly CountingCredential _credential = new();
    private readonly FakeLogger<DataverseTokenProvider> _logger = new();

    private DataverseTokenProvider CreateSut() => new(
        _credential,
        new DataverseClientOptions { EnvironmentUrl = new Uri("https://contoso.crm.dynamics.com"), ClientId = "app-1", TenantId = "t-1" },
        _time,
        _logger);

    [Fact]
    public async Task GetTokenAsync_WithinLifetime_AsksCredentialOnceForEnvironmentScope()
    {
        // Arrange
        using var sut = CreateSut();

        // Act
        var first = await sut.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(50));
        var second = await sut.GetTokenAsync(CancellationToken.None);

        // Assert
        Assert.Equal(first, second);
        Assert.Equal(1, _credential.Calls);
        Assert.Equal("https://contoso.crm.dynamics.com/.default", Assert.Single(_credential.LastScopes!));
    }

    [Fact]
    public async Task GetTokenAsync_NearExpiry_RefreshesAndNeverLogsToken()
    {
        // Arrange
        using var sut = CreateSut();
        var first = await sut.GetTokenAsync(CancellationToken.None);

        // Act
        _time.Advance(TimeSpan.FromMinutes(56));
        var second = await sut.GetTokenAsync(CancellationToken.None);

        // Assert
        Assert.NotEqual(first, second);
        Assert.Equal(2, _credential.Calls);
        Assert.NotEmpty(_logger.Collector.GetSnapshot());
        Assert.All(_logger.Collector.GetSnapshot(), r =>
        {
            Assert.DoesNotContain(first, r.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(second, r.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Invalidate_RejectedToken_NextCallGetsNewToken()
    {
        // Arrange
        using var sut = CreateSut();
        var first = await sut.GetTokenAsync(CancellationToken.None);

        // Act
        sut.Invalidate(first);
        var second = await sut.GetTokenAsync(CancellationToken.None);

        // Assert
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task GetTokenAsync_CredentialFails_ThrowsTypedExceptionNamingClientId()
    {
        // Arrange
        _credential.Failure = new InvalidOperationException("AADSTS7000215: Invalid client secret provided.");
        using var sut = CreateSut();

        // Act
        var error = await Assert.ThrowsAsync<DataverseTokenAcquisitionException>(async () => await sut.GetTokenAsync(CancellationToken.None));

        // Assert
        Assert.Contains("app-1", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    private sealed class CountingCredential : TokenCredential
    {
        public int Calls { get; private set; }

        public string[]? LastScopes { get; private set; }

        public Exception? Failure { get; set; }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            Calls++;
            LastScopes = requestContext.Scopes;
            return new AccessToken($"token-{Calls}-secret", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(60 * Calls));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
