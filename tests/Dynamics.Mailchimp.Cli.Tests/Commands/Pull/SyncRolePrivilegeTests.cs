using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Pull;

/// <summary>
/// Issue #11 "Show": the job runs as the application user with the solution's "Mailchimp Sync Service" role (every
/// end-to-end test uses the connector token, which the Dataverse sandbox binds to that role), so the role is proven
/// sufficient; here a privilege the job needs is taken away, and <c>dmc sync</c> reports Dataverse's 403 naming it.
/// A privilege the run cannot start or read without stops it with exit code 3 (a service refused the credentials).
/// </summary>
public sealed class SyncRolePrivilegeTests
{
    private static readonly SecurityRoleDefinition Service = SecurityRoleCatalog.FromSolution().Get(SecurityRoleNames.SyncService);

    private static async Task<PullSandboxes> CreateSut(string? removed = null) =>
        await PullSandboxes.StartAsync(new DataverseSandboxOptions { ConnectorRoles = [removed is null ? Service : Service.Without(removed)] });

    private static async Task<(int Exit, string Text)> SyncAsync(PullSandboxes sandboxes)
    {
        var (console, output) = TestConsole.Create();
        var exit = await DmcCli.RunAsync(console, ["sync", .. sandboxes.Flags()]);

        // The console wraps long lines: compare with the wrapping undone.
        return (exit, Regex.Replace(output.ToString(), @"\s+", " "));
    }

    [Fact]
    public async Task Sync_ServiceRole_Succeeds()
    {
        // Arrange
        await using var sandboxes = await CreateSut();

        // Act
        var (exit, text) = await SyncAsync(sandboxes);

        // Assert
        Assert.True(exit == ExitCodes.Success, text);
        Assert.DoesNotContain("is missing", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prvReaddmc_syncqueueitem")]
    [InlineData("prvCreatedmc_syncstate")]
    [InlineData("prvReaddmc_audiencesetting")]
    [InlineData("prvReadContact")]
    [InlineData("prvReadList")]
    [InlineData("prvReadEnvironmentVariableDefinition")]
    [InlineData("prvReadEnvironmentVariableValue")]
    public async Task Sync_ReadOrLeasePrivilegeRemoved_StopsWithExit3NamingIt(string removed)
    {
        // Arrange
        await using var sandboxes = await CreateSut(removed);

        // Act
        var (exit, text) = await SyncAsync(sandboxes);

        // Assert
        Assert.True(exit == ExitCodes.ServiceUnavailable, $"exit {exit}: {text}");
        Assert.True(text.Contains($"is missing {removed} privilege", StringComparison.Ordinal), text);
    }

    [Theory]
    [InlineData("prvWritedmc_syncqueueitem")]
    [InlineData("prvWriteContact")]
    public async Task Sync_RecordingPrivilegeRemoved_ReportsTheRefusalNamingIt(string removed)
    {
        // Arrange: the members reach Mailchimp; writing the outcome back to Dataverse is refused row by row.
        await using var sandboxes = await CreateSut(removed);

        // Act
        var (exit, text) = await SyncAsync(sandboxes);

        // Assert: a refused write-back is a failed item (exit 1); the rows stay Pending and are replayed.
        Assert.True(exit == ExitCodes.ItemsFailed, $"exit {exit}: {text}");
        Assert.True(text.Contains($"could not record", StringComparison.Ordinal) && text.Contains($"is missing {removed} privilege", StringComparison.Ordinal), text);
    }
}
