using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>Rejected credentials and privileges in batches and with the plug-in bypass header.</summary>
public sealed partial class AuthorizationTests
{
    [Fact]
    public async Task ExecuteBatchAsync_WrongStaticToken_FirstBatchFailedWith401AndLaterBatchesNotSent()
    {
        // Arrange
        await using var host = await CreateSut();
        var (client, logs) = host.CreateClient(o =>
        {
            o.StaticToken = WrongToken;
            o.MaxBatchOperations = 2;
        });
        var operations = Enumerable.Range(1, 4)
            .Select(i => BatchOperation.Create(SandboxNames.Contacts, new JsonObject { [SandboxNames.LastName] = "Refused " + i }))
            .ToList();

        // Act
        var result = await client.ExecuteBatchAsync(operations, continueOnError: true, CancellationToken.None);

        // Assert
        Assert.Equal([BatchOutcome.Failed, BatchOutcome.Failed, BatchOutcome.NotExecuted, BatchOutcome.NotExecuted], result.Results.Select(r => r.Outcome));
        Assert.All(result.Results.Take(2), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.All(result.Results.Skip(2), r => Assert.Contains("static bearer token", r.Error!.Message, StringComparison.Ordinal));
        Assert.Single(host.Sandbox.Requests, r => r.Path == SandboxNames.BatchPath);
        Assert.DoesNotContain(WrongToken, string.Join("|", result.Results.Select(r => r.Error?.Message)), StringComparison.Ordinal);
        Assert.DoesNotContain(WrongToken, SandboxClientHost.AllLogText(logs), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_BypassCustomPluginsWithoutPrivilege_Throws403NamingThePrivilegeAndWritesNothing()
    {
        // Arrange
        await using var host = await CreateSut();
        var (client, _) = host.CreateClient(o => o.BypassCustomPlugins = true);
        var before = host.Sandbox.Organization.Count(Plugins.Names.TableNames.Contact);

        // Act
        var error = await Assert.ThrowsAsync<DataverseAuthorizationException>(() => client.CreateAsync(
            SandboxNames.Contacts, new JsonObject { [SandboxNames.LastName] = "Bypass" }, CancellationToken.None));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Contains("prvBypassCustomPlugins", error.ServerMessage, StringComparison.Ordinal);
        Assert.Contains("\"Mailchimp Sync Service\" security role", error.AdminHint, StringComparison.Ordinal);
        Assert.Contains("BypassCustomPlugins is on: it needs prvBypassCustomPlugins", error.AdminHint, StringComparison.Ordinal);
        Assert.Equal(before, host.Sandbox.Organization.Count(Plugins.Names.TableNames.Contact));
        Assert.Equal("true", Assert.Single(host.Sandbox.Requests, r => r.Method == SandboxNames.Post).Headers["MSCRM.BypassCustomPluginExecution"]);
    }
}
