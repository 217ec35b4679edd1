using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// A rejected static bearer token: a typed 401 whose message tells an admin what to fix, and the token nowhere in the
/// message, the client's logs (text or structured state) or what the service recorded.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors
/// and https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth
/// and (403) https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic
/// </summary>
public sealed partial class AuthorizationTests
{
    private static readonly string WrongToken = "wrong-static-token-" + Guid.NewGuid().ToString("N");

    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync(configure: o => o.StaticToken = WrongToken);

    [Fact]
    public async Task WhoAmIAsync_WrongStaticToken_ThrowsAuthorizationExceptionWithAdminHintAndNoToken()
    {
        // Arrange
        await using var host = await CreateSut();

        // Act
        var error = await Assert.ThrowsAsync<DataverseAuthorizationException>(() => host.Client.WhoAmIAsync(CancellationToken.None));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("GET WhoAmI", error.Request);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Contains("static bearer token", error.AdminHint, StringComparison.Ordinal);
        Assert.Contains(host.EnvironmentUrl.GetLeftPart(UriPartial.Authority), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongToken, error.ToString(), StringComparison.Ordinal);
        AssertTokenNowhere(host);
    }

    [Fact]
    public async Task CreateAsync_WrongStaticToken_ThrowsAuthorizationExceptionAndWritesNothing()
    {
        // Arrange
        await using var host = await CreateSut();
        var before = host.Sandbox.Organization.Count(Plugins.Names.TableNames.Contact);

        // Act
        var error = await Assert.ThrowsAsync<DataverseAuthorizationException>(() => host.Client.CreateAsync(
            SandboxNames.Contacts, new JsonObject { [SandboxNames.LastName] = "Intruder" }, CancellationToken.None));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.StartsWith("POST contacts", error.Request, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongToken, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, host.Sandbox.Organization.Count(Plugins.Names.TableNames.Contact));
        AssertTokenNowhere(host);
    }

    private static void AssertTokenNowhere(SandboxClientHost host)
    {
        Assert.NotEmpty(host.Logs.GetSnapshot());
        Assert.DoesNotContain(WrongToken, SandboxClientHost.AllLogText(host.Logs), StringComparison.Ordinal);
        Assert.NotEmpty(host.Sandbox.Requests);
        Assert.All(host.Sandbox.Requests, r =>
        {
            Assert.Equal(401, r.StatusCode);
            Assert.Equal(HeaderRedaction.Redacted, r.Headers["Authorization"]);
            Assert.DoesNotContain(WrongToken, r.Path + r.Query + r.Body + string.Join("|", r.Headers.Values), StringComparison.Ordinal);
        });
    }
}
