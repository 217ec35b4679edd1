using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sync.Forget;
using Dynamics.Mailchimp.Sync.Read;
using Dynamics.Mailchimp.Sync.Tests.Claim;

namespace Dynamics.Mailchimp.Sync.Tests.Forget;

/// <summary>The audiences an erasure covers, read from the sandbox with the connector's role.</summary>
public sealed class MappedAudienceReaderTests : IAsyncLifetime
{
    private DataverseJobHost dataverse = null!;

    public async Task InitializeAsync() => dataverse = await DataverseJobHost.StartAsync();

    public async Task DisposeAsync() => await dataverse.DisposeAsync();

    [Fact]
    public async Task ReadAsync_SyncedListAndASettingsRowWithoutLists_BothAudiencesOnceInOrder()
    {
        // Arrange: an admin configured a second audience whose lists are not synced (any more); the seeded list maps the first.
        foreach (var audience in new[] { "f00dfeed01", dataverse.Seed.AudienceId })
        {
            var created = await dataverse.Crm.CreateAsync("dmc_audiencesettings", new JsonObject
            {
                ["dmc_name"] = "Audience " + audience,
                [ReadNames.AudienceId] = audience,
                [ReadNames.NewMemberStatus] = AudienceSettingOptions.Subscribed,
                [ReadNames.LeaveAction] = AudienceSettingOptions.Archive,
            });
            Assert.True(created.Succeeded);
        }

        // Act
        var audiences = await CreateSut().ReadAsync(CancellationToken.None);

        // Assert
        Assert.Equal([dataverse.Seed.AudienceId, "f00dfeed01"], audiences);
    }

    private MappedAudienceReader CreateSut() => new(dataverse.Job);
}
