namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// <see cref="IDataverseClient.WhoAmIAsync"/> against the sandbox over loopback HTTP.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami
/// </summary>
public sealed class WhoAmITests
{
    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync();

    [Fact]
    public async Task WhoAmIAsync_ConnectorToken_ReturnsConnectorUserAndOrganization()
    {
        // Arrange
        await using var host = await CreateSut();

        // Act
        var result = await host.Client.WhoAmIAsync(CancellationToken.None);

        // Assert
        Assert.Equal(host.Sandbox.Tokens.ConnectorUserId, result.UserId);
        Assert.NotEqual(host.Sandbox.Tokens.AdminUserId, result.UserId);
        Assert.Equal(host.Sandbox.Organization.OrganizationId, result.OrganizationId);
        Assert.Equal(host.Sandbox.Organization.BusinessUnitId, result.BusinessUnitId);
        var request = Assert.Single(host.Sandbox.Requests, r => r.Path.EndsWith("/WhoAmI", StringComparison.Ordinal));
        Assert.Equal(200, request.StatusCode);
        Assert.Equal("4.0", request.Headers["OData-Version"]);
    }
}
