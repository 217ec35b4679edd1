using Dynamics.Mailchimp.Cli.Commands.Retry;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Tests.Commands.Status;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Retry;

/// <summary>The re-queue's ETag guard against the Dataverse sandbox: a row another writer changed meanwhile is left alone.</summary>
public sealed class FailedRowRequeuerTests : IAsyncLifetime
{
    private DataverseSandbox _dataverse = null!;
    private ServiceConnections _connections = null!;
    private QueueRowWriter _rows = null!;

    public async Task InitializeAsync()
    {
        _dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), CancellationToken.None);
        _rows = new QueueRowWriter(_dataverse.Organization.CreateService());
        var (environment, version) = DataverseUrlFlag.Split(_dataverse.BaseAddress);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dataverse:EnvironmentUrl"] = environment.ToString(),
            ["Dataverse:ApiVersion"] = version,
            ["Dataverse:AuthType"] = "StaticToken",
            ["Dataverse:StaticToken"] = _dataverse.Tokens.ConnectorToken,
            ["Mailchimp:ApiKey"] = DataverseCli.MailchimpKey,
        }).Build();
        _connections = ServiceConnections.Create(configuration, logging => logging.SetMinimumLevel(LogLevel.None));
    }

    public async Task DisposeAsync()
    {
        await _connections.DisposeAsync();
        await _dataverse.DisposeAsync();
    }

    [Fact]
    public async Task RequeueAsync_RowRecordedByAPushMeanwhile_IsCountedAsChangedAndKeepsThePushsState()
    {
        // Arrange
        var recorded = _rows.Write(QueueItemStates.Failed, error: "error", attempts: 1);
        var untouched = _rows.Write(QueueItemStates.Failed, error: "error", attempts: 1);
        var service = _dataverse.Organization.CreateService();
        var sut = CreateSut(() => service.Update(new Entity(TableNames.QueueItem, recorded) { [QueueItemFields.State] = new OptionSetValue(QueueItemStates.Done) }));

        // Act
        var result = await sut.RequeueAsync(new RetryFilter(null, null), dryRun: false, CancellationToken.None);

        // Assert
        Assert.Equal(2, result.Matched);
        Assert.Equal(1, result.Requeued);
        Assert.Equal(1, result.Changed);
        Assert.Empty(result.Failures);
        Assert.Equal(QueueItemStates.Done, State(recorded));
        Assert.Equal(QueueItemStates.Pending, State(untouched));
    }

    private FailedRowRequeuer CreateSut(Action beforeBatch) => new(new InterceptingDataverseClient(_connections.Dataverse, beforeBatch));

    private int State(Guid id) =>
        _dataverse.Organization.Rows(TableNames.QueueItem).Single(r => r.Id == id).GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value;
}
