using System.Text.Json;
using Dynamics.Mailchimp.Cli.Commands.Status;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Status;

/// <summary><c>dmc status</c> against the Dataverse sandbox over loopback HTTP, with queue rows in every state.</summary>
public sealed class StatusCommandTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private DataverseSandbox _dataverse = null!;
    private QueueRowWriter _rows = null!;
    private DataverseCli _cli = null!;

    public async Task InitializeAsync()
    {
        _dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), CancellationToken.None);
        _rows = new QueueRowWriter(_dataverse.Organization.CreateService());
        _cli = new DataverseCli(_dataverse, new FixedClock(Now));
    }

    public async Task DisposeAsync() => await _dataverse.DisposeAsync();

    [Fact]
    public async Task Status_RowsInEveryState_CountsEachStateWithoutCallingMailchimp()
    {
        // Arrange
        WriteRows(QueueItemStates.Pending, 3);
        WriteRows(QueueItemStates.Processing, 1);
        WriteRows(QueueItemStates.Done, 4);
        WriteRows(QueueItemStates.Failed, 2);
        WriteRows(QueueItemStates.Skipped, 5);
        WriteRows(QueueItemStates.Superseded, 6);

        // Act
        var (exit, json) = await _cli.RunJsonAsync("status");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        var queue = json.GetProperty("queue");
        Assert.Equal(3, queue.GetProperty("Pending").GetInt32());
        Assert.Equal(1, queue.GetProperty("Processing").GetInt32());
        Assert.Equal(4, queue.GetProperty("Done").GetInt32());
        Assert.Equal(2, queue.GetProperty("Failed").GetInt32());
        Assert.Equal(5, queue.GetProperty("Skipped").GetInt32());
        Assert.Equal(6, queue.GetProperty("Superseded").GetInt32());
        Assert.Equal(21, json.GetProperty("total").GetInt32());
        Assert.Equal(0, json.GetProperty("calls").GetProperty("mailchimp").GetInt32());
        Assert.Equal(3, json.GetProperty("calls").GetProperty("dataverse").GetInt32());
    }

    [Fact]
    public async Task Status_MoreRowsThanOnePage_CountsThemAllAtOneCallPer5000Rows()
    {
        // Arrange
        WriteRows(QueueItemStates.Done, QueueStateCounter.PageSize + 1);

        // Act
        var (exit, json) = await _cli.RunJsonAsync("status");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(QueueStateCounter.PageSize + 1, json.GetProperty("queue").GetProperty("Done").GetInt32());
        Assert.Equal(2 + 1 + 1, json.GetProperty("calls").GetProperty("dataverse").GetInt32());
    }

    [Fact]
    public async Task Status_FailedRows_ListsTheTopNMostRecentWithTheirErrors()
    {
        // Arrange
        _rows.Write(QueueItemStates.Failed, QueueRowKind.ListMemberAdded, "first error", attempts: 1, name: "oldest");
        _rows.Write(QueueItemStates.Failed, QueueRowKind.MemberChanged, "second error", attempts: 2, name: "middle");
        _rows.Write(QueueItemStates.Failed, QueueRowKind.MemberDeleted, "third error", attempts: 5, name: "newest");
        _rows.Write(QueueItemStates.Done, name: "done");

        // Act
        var (exit, json) = await _cli.RunJsonAsync("status", "--top", "2");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        var failures = json.GetProperty("failures").EnumerateArray().ToList();
        Assert.Equal(["newest", "middle"], failures.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("third error", failures[0].GetProperty("error").GetString());
        Assert.Equal(5, failures[0].GetProperty("attempts").GetInt32());
        Assert.Equal(nameof(QueueRowKind.MemberDeleted), failures[0].GetProperty("kind").GetString());
        Assert.StartsWith(TableNames.Contact + " ", failures[0].GetProperty("record").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_LeaseHeldAndACheckpoint_ShowsHolderExpiryAndTheCheckpointButNotThePullLease()
    {
        // Arrange
        _rows.WriteLease("host-a/4711/run-1", Now.AddMinutes(2).UtcDateTime);
        _rows.WriteCheckpoint("delta:contacts", "https://example.invalid/delta");
        _rows.WriteCheckpoint("lease:pull", string.Empty);

        // Act
        var (exit, json) = await _cli.RunJsonAsync("status");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        var lease = json.GetProperty("lease");
        Assert.Equal("host-a/4711/run-1", lease.GetProperty("holder").GetString());
        Assert.True(lease.GetProperty("held").GetBoolean());
        Assert.Equal(Now.AddMinutes(2), lease.GetProperty("expiresOn").GetDateTimeOffset());
        var checkpoint = Assert.Single(json.GetProperty("checkpoints").EnumerateArray());
        Assert.Equal("delta:contacts", checkpoint.GetProperty("name").GetString());
        Assert.Equal("https://example.invalid/delta", checkpoint.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Status_LeaseExpired_SaysItIsFree()
    {
        // Arrange
        _rows.WriteLease("host-a/4711/run-1", Now.AddMinutes(-1).UtcDateTime);

        // Act
        var (_, json) = await _cli.RunJsonAsync("status");

        // Assert
        Assert.False(json.GetProperty("lease").GetProperty("held").GetBoolean());
        Assert.Empty(json.GetProperty("checkpoints").EnumerateArray());
    }

    [Fact]
    public async Task Status_Text_PrintsCountsFailuresLeaseAndCheckpoints()
    {
        // Arrange
        _rows.Write(QueueItemStates.Failed, error: "Mailchimp said: Invalid Resource", attempts: 3, name: "broken row");

        // Act
        var (exit, text) = await _cli.RunAsync("status");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Superseded", text, StringComparison.Ordinal);
        Assert.Contains("broken row", text, StringComparison.Ordinal);
        Assert.Contains("Mailchimp said: Invalid Resource", text, StringComparison.Ordinal);
        Assert.Contains("Push lease: never taken", text, StringComparison.Ordinal);
        Assert.Contains("Checkpoints: none yet.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_TopZero_IsAUsageError()
    {
        // Arrange
        var top = "0";

        // Act
        var (exit, _) = await _cli.RunAsync("status", "--top", top);

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
    }

    [Fact]
    public async Task Status_TokenRefused_ExitsWithServiceUnavailable()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, ["status", "--json", .. _cli.Flags(dataverseToken: "not-a-token")], _cli.Context());

        // Assert
        Assert.Equal(ExitCodes.ServiceUnavailable, exit);
        Assert.Equal("service", JsonDocument.Parse(output.ToString()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Status_NoDataverseUrl_ExitsWithConfigurationError()
    {
        // Arrange
        var (console, _) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, ["status", "--mailchimp-key", DataverseCli.MailchimpKey], _cli.Context(Path.GetTempPath()));

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
    }

    private void WriteRows(int state, int count)
    {
        for (var n = 0; n < count; n++)
        {
            _rows.Write(state);
        }
    }
}
