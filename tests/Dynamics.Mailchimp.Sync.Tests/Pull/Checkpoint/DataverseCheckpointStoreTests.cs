using System.Globalization;
using Dynamics.Mailchimp.Sync.Pull.Checkpoint;
using Dynamics.Mailchimp.Sync.Tests.Claim;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Checkpoint;

/// <summary><see cref="DataverseCheckpointStore"/> on <c>dmc_syncstate</c> rows of the Dataverse sandbox, over HTTP.</summary>
public sealed class DataverseCheckpointStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-01T08:00:05Z", CultureInfo.InvariantCulture);
    private DataverseJobHost host = null!;

    public async Task InitializeAsync() => host = await DataverseJobHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ReadAsync_BeforeTheFirstWrite_IsNull()
    {
        // Act
        var value = await CreateSut().ReadAsync(CheckpointNames.Members("a1b2c3d4e5"), CancellationToken.None);

        // Assert
        Assert.Null(value);
    }

    [Fact]
    public async Task WriteAsync_TwiceThenReadByAnotherInstance_OneRowHoldingTheLatestValue()
    {
        // Arrange
        var name = CheckpointNames.Members("a1b2c3d4e5");
        var sut = CreateSut();

        // Act
        await sut.WriteAsync(name, At, CancellationToken.None);
        await sut.WriteAsync(name, At.AddSeconds(7), CancellationToken.None);
        var read = await CreateSut().ReadAsync(name, CancellationToken.None);

        // Assert
        Assert.Equal(At.AddSeconds(7), read);
        var row = Assert.Single(host.Sandbox.Organization.Rows("dmc_syncstate"), r => r.GetAttributeValue<string>("dmc_name") == name);
        Assert.Equal("2026-11-01T08:00:12Z", row.GetAttributeValue<string>(CheckpointNames.Value));
    }

    [Fact]
    public async Task WriteAsync_RowCreatedByAnotherInstance_UpdatesIt()
    {
        // Arrange
        var name = CheckpointNames.Members("a1b2c3d4e5");
        await CreateSut().WriteAsync(name, At, CancellationToken.None);

        // Act
        await CreateSut().WriteAsync(name, At.AddMinutes(1), CancellationToken.None);

        // Assert
        Assert.Single(host.Sandbox.Organization.Rows("dmc_syncstate"), r => r.GetAttributeValue<string>("dmc_name") == name);
        Assert.Equal(At.AddMinutes(1), await CreateSut().ReadAsync(name, CancellationToken.None));
    }

    private DataverseCheckpointStore CreateSut() => new(host.Job);
}
