using Dynamics.Mailchimp.Cli.Tests.Commands.Status;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sync.Model;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Retry;

/// <summary><c>dmc retry</c> against the Dataverse sandbox over loopback HTTP, with queue rows in every state.</summary>
public sealed class RetryCommandTests : IAsyncLifetime
{
    private DataverseSandbox _dataverse = null!;
    private QueueRowWriter _rows = null!;
    private DataverseCli _cli = null!;

    public async Task InitializeAsync()
    {
        _dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), CancellationToken.None);
        _rows = new QueueRowWriter(_dataverse.Organization.CreateService());
        _cli = new DataverseCli(_dataverse);
    }

    public async Task DisposeAsync() => await _dataverse.DisposeAsync();

    [Fact]
    public async Task Retry_FailedRows_BecomePendingWithAttemptsResetAndTheErrorKept()
    {
        // Arrange
        var failed = _rows.Write(QueueItemStates.Failed, error: "429 Too Many Requests", attempts: 5);
        var done = _rows.Write(QueueItemStates.Done);
        var skipped = _rows.Write(QueueItemStates.Skipped, error: "kept unsubscribed");

        // Act
        var (exit, json) = await _cli.RunJsonAsync("retry");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("requeued").GetInt32());
        var row = Row(failed);
        Assert.Equal(QueueItemStates.Pending, row.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value);
        Assert.Equal(0, row.GetAttributeValue<int>(QueueItemFields.Attempts));
        Assert.Equal("429 Too Many Requests", row.GetAttributeValue<string>(QueueItemFields.LastError));
        Assert.Equal(QueueItemStates.Done, Row(done).GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value);
        Assert.Equal(QueueItemStates.Skipped, Row(skipped).GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value);
    }

    [Fact]
    public async Task Retry_Match_RequeuesOnlyRowsWhoseErrorContainsTheText()
    {
        // Arrange
        var throttled = _rows.Write(QueueItemStates.Failed, error: "Mailchimp answered 429 Too Many Requests", attempts: 2);
        var misconfigured = _rows.Write(QueueItemStates.Failed, error: "list 'Newsletter' has no audience id", attempts: 2);

        // Act
        var (exit, json) = await _cli.RunJsonAsync("retry", "--match", "too many");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("matched").GetInt32());
        Assert.Equal(QueueItemStates.Pending, State(throttled));
        Assert.Equal(QueueItemStates.Failed, State(misconfigured));
    }

    [Fact]
    public async Task Retry_MatchWithAQuote_IsEscapedInTheFilter()
    {
        // Arrange
        var quoted = _rows.Write(QueueItemStates.Failed, error: "list 'Newsletter' has no audience id");

        // Act
        var (exit, _) = await _cli.RunJsonAsync("retry", "--match", "'Newsletter'");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(QueueItemStates.Pending, State(quoted));
    }

    [Fact]
    public async Task Retry_Kind_RequeuesOnlyRowsOfThatKind()
    {
        // Arrange
        var added = _rows.Write(QueueItemStates.Failed, QueueRowKind.ListMemberAdded, "error");
        var changed = _rows.Write(QueueItemStates.Failed, QueueRowKind.MemberChanged, "error");

        // Act
        var (exit, json) = await _cli.RunJsonAsync("retry", "--kind", nameof(QueueRowKind.ListMemberAdded));

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("requeued").GetInt32());
        Assert.Equal(QueueItemStates.Pending, State(added));
        Assert.Equal(QueueItemStates.Failed, State(changed));
    }

    [Fact]
    public async Task Retry_UnknownKind_IsAUsageError()
    {
        // Arrange
        var kind = "Everything";

        // Act
        var (exit, _) = await _cli.RunAsync("retry", "--kind", kind);

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
    }

    [Fact]
    public async Task Retry_DryRun_CountsAndWritesNothing()
    {
        // Arrange
        var failed = _rows.Write(QueueItemStates.Failed, error: "error", attempts: 3);
        _rows.Write(QueueItemStates.Failed, error: "error", attempts: 3);
        _dataverse.ClearRequests();

        // Act
        var (exit, json) = await _cli.RunJsonAsync("retry", "--dry-run");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(2, json.GetProperty("matched").GetInt32());
        Assert.Equal(0, json.GetProperty("requeued").GetInt32());
        Assert.True(json.GetProperty("dryRun").GetBoolean());
        Assert.Equal(QueueItemStates.Failed, State(failed));
        Assert.All(_dataverse.Requests, request => Assert.Equal(HttpMethod.Get.Method, request.Method));
    }

    [Fact]
    public async Task Retry_ManyRows_WritesTaggedBatchesOfAtMost1000()
    {
        // Arrange
        for (var n = 0; n < 1001; n++)
        {
            _rows.Write(QueueItemStates.Failed, error: "error", attempts: 1);
        }

        _dataverse.ClearRequests();

        // Act
        var (exit, json) = await _cli.RunJsonAsync("retry");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1001, json.GetProperty("requeued").GetInt32());
        Assert.Equal(1 + 2, json.GetProperty("calls").GetProperty("dataverse").GetInt32());
        var batches = _dataverse.Requests.Where(r => r.Path.EndsWith("$batch", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, batches.Count);
        Assert.All(batches, batch => Assert.Contains("tag=" + DataverseConstants.DefaultWriteTag, batch.Body, StringComparison.Ordinal));
        Assert.Equal(0, _dataverse.Organization.Rows(TableNames.QueueItem).Count(r => r.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value == QueueItemStates.Failed));
    }

    [Fact]
    public async Task Retry_Requeue_DoesNotQueueNewRows()
    {
        // Arrange
        _rows.Write(QueueItemStates.Failed, error: "error", attempts: 1);
        var before = _dataverse.Organization.Count(TableNames.QueueItem);

        // Act
        await _cli.RunJsonAsync("retry");

        // Assert
        Assert.Equal(before, _dataverse.Organization.Count(TableNames.QueueItem));
    }

    [Fact]
    public async Task Retry_Text_PrintsHowManyRowsWentBack()
    {
        // Arrange
        _rows.Write(QueueItemStates.Failed, error: "error");
        _rows.Write(QueueItemStates.Failed, error: "error");

        // Act
        var (exit, output) = await _cli.RunAsync("retry");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Re-queued 2 of 2 failed row(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_TokenRefused_ExitsWithServiceUnavailable()
    {
        // Arrange
        var (console, _) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, ["retry", .. _cli.Flags(dataverseToken: "not-a-token")], _cli.Context());

        // Assert
        Assert.Equal(ExitCodes.ServiceUnavailable, exit);
    }

    private Entity Row(Guid id) => _dataverse.Organization.Rows(TableNames.QueueItem).Single(r => r.Id == id);

    private int State(Guid id) => Row(id).GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value;
}
